# escape=`

FROM mcr-mirror.example/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
ENV NODE_VERSION=20.15.0
RUN $url = ('https://dist.example.org/v{0}/node-v{0}-win-x64.zip' -f $env:NODE_VERSION); `
    Write-Host ('Downloading {0} ...' -f $url); `
    Invoke-WebRequest -Uri $url -OutFile 'node.zip'; `
        Write-Host 'Expanding ...'; `
    Expand-Archive node.zip -DestinationPath C:\; `
        Write-Host 'Renaming ...'; `
    Rename-Item -Path ('C:\node-v{0}-win-x64' -f $env:NODE_VERSION) -NewName 'C:\nodejs'; `
        Write-Host 'Updating PATH ...'; `
    $env:PATH = 'C:\nodejs;' + $env:PATH; `
    [Environment]::SetEnvironmentVariable('PATH', $env:PATH, [EnvironmentVariableTarget]::Machine); `
        Write-Host 'Verifying install ...'; `
    Write-Host ' `
 node --version'; node --version; `
    Write-Host ' `
 npm --version'; npm --version; `
        Write-Host 'Removing ...'; `
    Remove-Item node.zip -Force; `
        Write-Host 'Complete.'
CMD ["node.exe"]
