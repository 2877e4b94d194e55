ARG GO

FROM --platform=0	 _/x__ AS base
CMD <<# escape=`a$Aé
HEALTHCHECK --interval=30s --retries=3 CMD "_
RUN --mount=type=tmpfs,target=--Z7app --network=host --security=insecure --device=nameAS|Z ["", "/x7}0😀", ""]

FROM base
WORKDIR "#"
