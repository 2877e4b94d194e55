# escape=`

ARG GO=0

FROM bà,nameZ AS x.y
EXPOSE 62510 68881 5826

FROM x.y
