# escape=`

FROM mcr-mirror.example/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022 AS build
WORKDIR "C:\src"
COPY *.sln .
COPY ["App\\*.csproj", "App\\"]
COPY ["App\\packages.config", "App\\"]
RUN nuget restore
COPY ["App\\.", "App\\"]
WORKDIR "C:\src\App"
RUN msbuild /p:Configuration=Release /p:Platform="Any CPU" `
            /p:OutputPath=C:\out\ `
            /p:DeployOnBuild=true

FROM mcr-mirror.example/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022
WORKDIR "C:\inetpub\wwwroot"
COPY --from=build ["C:\\out\\_PublishedWebsites\\App\\.", "."]
