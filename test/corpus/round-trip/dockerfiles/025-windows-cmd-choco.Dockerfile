# escape=`

FROM mcr-mirror.example/windows/servercore:ltsc2019
SHELL ["cmd", "/S", "/C"]
ENV chocolateyUseWindowsCompression=false
RUN powershell -NoProfile -ExecutionPolicy Bypass -Command `
      "iex ((New-Object System.Net.WebClient).DownloadString('https://chocolatey.example.org/install.ps1'))" && `
    choco feature disable --name showDownloadProgress && `
    choco install -y git --params "/GitOnlyOnPath /NoAutoCrlf" && `
    choco install -y 7zip.install && `
    rmdir /S /Q C:\ProgramData\chocolatey\lib-bad 2>NUL || ver>NUL
USER ContainerAdministrator
RUN setx /M PATH "%PATH%;C:\Program Files\Git\cmd"
USER ContainerUser
CMD ["cmd.exe"]
