# escape=`

FROM mcr-mirror.example/windows/servercore:ltsc2022
SHELL ["powershell", "-NoProfile", "-Command"]
RUN Get-ChildItem C:\ | Out-Null; `
    New-Item -ItemType Directory C:\app | Out-Null
WORKDIR "C:\app"
USER ContainerUser
