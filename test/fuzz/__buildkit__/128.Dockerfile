# <<${HOME:-x y}0app$!
ARG GO

FROM --platform=linux/amd64 a0 AS app�x�x/x$5
ENTRYPOINT \


FROM app�x�x/x$5
ENTRYPOINT ["x.y|\r", "_b*name."]
ENTRYPOINT Z
