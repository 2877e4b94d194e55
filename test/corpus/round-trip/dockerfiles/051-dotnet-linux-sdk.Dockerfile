FROM mcr-mirror.example/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY --link *.csproj .
RUN dotnet restore -a $TARGETARCH
COPY --link . .
RUN dotnet publish -a $TARGETARCH --no-restore -o /app

FROM mcr-mirror.example/dotnet/aspnet:8.0-jammy-chiseled
EXPOSE 8080
WORKDIR /app
COPY --from=build --link /app .
USER $APP_UID
ENTRYPOINT ["./aspnetapp"]
