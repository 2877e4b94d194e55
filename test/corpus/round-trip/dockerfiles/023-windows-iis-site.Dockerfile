# escape=`

FROM mcr-mirror.example/windows/servercore/iis:windowsservercore-ltsc2022
SHELL ["powershell", "-NoProfile", "-Command"]
RUN Install-WindowsFeature Web-Asp-Net45; `
    Remove-Website -Name 'Default Web Site'; `
    New-Item -Path 'C:\inetpub\wwwroot\app' -ItemType Directory | Out-Null; `
    New-Website -Name 'app' -Port 80 -PhysicalPath 'C:\inetpub\wwwroot\app'
WORKDIR "C:\inetpub\wwwroot\app"
COPY publish/ .
HEALTHCHECK --interval=30s --timeout=10s CMD powershell -Command "try { $r = Invoke-WebRequest -UseBasicParsing http://localhost/health; if ($r.StatusCode -eq 200) { exit 0 } else { exit 1 } } catch { exit 1 }"
EXPOSE 80
ENTRYPOINT ["C:\\ServiceMonitor.exe", "w3svc"]
