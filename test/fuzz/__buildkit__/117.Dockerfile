ARG GO

FROM --platform=b0name namea}Z AS base
COPY --chmod=7\\$5 --parents=false /x /xZ

FROM base
VOLUME ["name x.y", "ax.y", "x.y7"]
