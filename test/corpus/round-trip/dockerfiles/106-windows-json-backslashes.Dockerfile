# escape=`

FROM mcr.example/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
WORKDIR "C:\app"
COPY ["bin\\Release\\app.exe", "C:\\app\\app.exe"]
COPY ["config\\settings.json", "C:\\app\\config\\"]
RUN New-Item -ItemType Directory -Path C:\data | Out-Null; `
    Set-Content -Path C:\data\ready.txt -Value 'ok'
VOLUME ["C:\\data"]
ENTRYPOINT ["C:\\app\\app.exe", "--data", "C:\\data"]
