# escape=`

ARG GO=x.y

FROM --platform=_ app0 AS ;!Za
USER 0app

FROM ;!Za
