# escape=`

# 𐀀xaZa
ARG GO

FROM \_ AS base
HEALTHCHECK --interval=30s --retries=3 CMD ["", "7b$Aé"]

FROM base
