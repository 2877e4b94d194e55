# escape=`

ARG REPO=mcr-mirror.example/dotnet/runtime

FROM $REPO:8.0-nanoserver-ltsc2022 AS runtime

FROM mcr-mirror.example/windows/servercore:ltsc2022 AS installer
ENV DOTNET_VERSION=8.0.6
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
RUN Invoke-WebRequest -OutFile aspnetcore.zip https://builds.example.org/aspnetcore/Runtime/$Env:DOTNET_VERSION/aspnetcore-runtime-$Env:DOTNET_VERSION-win-x64.zip; `
    $aspnetcore_sha512 = 'f3b0c2e5f0f2f1b0d8a9e6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1'; `
    if ((Get-FileHash aspnetcore.zip -Algorithm sha512).Hash -ne $aspnetcore_sha512) { `
        Write-Host 'CHECKSUM VERIFICATION FAILED!'; `
        exit 1; `
    }; `
    mkdir dotnet/shared/Microsoft.AspNetCore.App; `
    tar -C dotnet -oxzf aspnetcore.zip ./shared/Microsoft.AspNetCore.App; `
    Remove-Item -Force aspnetcore.zip

FROM runtime
ENV ASPNET_VERSION=8.0.6 ASPNETCORE_HTTP_PORTS=8080
COPY --from=installer ["/dotnet/shared/Microsoft.AspNetCore.App", "/Program Files/dotnet/shared/Microsoft.AspNetCore.App"]
