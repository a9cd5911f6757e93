# Builds target\installer\icp-workbench-<version>.msi on Windows (not run on the Linux build machine).
# Prerequisites: JDK 25 (JAVA_HOME), Maven, the WiX Toolset on PATH (https://wixtoolset.org; jpackage 25 takes
# WiX 3.x or 4+/5). Run from anywhere:  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# No AOT cache on Windows yet: train it like installer/linux/train-aot.sh does (record with the launcher and
# JAVA_TOOL_OPTIONS, create, add -XX:AOTCache=$APPDIR\icp-workbench.aot to the .cfg) before the --app-image step.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
if ($env:JAVA_HOME) { $env:PATH = "$env:JAVA_HOME\bin;$env:PATH" }

mvn -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
$version = ((Get-Content target\maven-archiver\pom.properties | Where-Object { $_ -like 'version=*' }) -replace 'version=', '') -replace '-.*', ''

Remove-Item -Recurse -Force target\installer, target\jpackage-input -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force target\jpackage-input\lib, target\installer\image | Out-Null
Copy-Item target\icp-workbench.jar target\jpackage-input\
# Windows needs the -win JavaFX jars: build on Windows so Maven resolves the javafx classifier for this OS.
Copy-Item target\lib\*.jar target\jpackage-input\lib\

jpackage '@installer/common.args' '@installer/app-image.args' --type app-image --app-version $version `
  --icon installer/icons/icp-workbench.ico --input target/jpackage-input --dest target/installer/image
if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }
jpackage '@installer/common.args' '@installer/windows/windows.args' --type msi --app-version $version `
  --app-image target/installer/image/icp-workbench --dest target/installer
if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
Get-ChildItem target\installer
