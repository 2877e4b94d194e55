# escape=`

ARG GO

FROM _/x AS ?/x.y77
CMD ["/a", "x.y"]

FROM ?/x.y77
