@echo off
rem Runs Maven with a JDK 25, whatever the default java is (jOOQ's code generator runs inside Maven's own JVM).
rem Looks in ICP_JDK, JAVA_HOME, the PATH, then the usual install folders.
setlocal EnableDelayedExpansion
set "FOUND="
for %%H in ("%ICP_JDK%" "%JAVA_HOME%") do if not defined FOUND call :check "%%~H"
if not defined FOUND (
  for /f "delims=" %%J in ('where javac 2^>nul') do if not defined FOUND call :check "%%~dpJ.."
)
if not defined FOUND (
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-2*" "%ProgramFiles%\Java\jdk-2*" "%ProgramFiles%\Microsoft\jdk-2*" "%ProgramFiles%\Zulu\zulu-2*" "%ProgramFiles%\BellSoft\LibericaJDK-2*" "%USERPROFILE%\.jdks\*") do if not defined FOUND call :check "%%~D"
)
if not defined FOUND (
  echo ICP Workbench needs a JDK 25 ^(Java 25 with javac^); none was found in ICP_JDK, JAVA_HOME, the PATH or the usual folders. 1>&2
  echo Install one, e.g. "winget install EclipseAdoptium.Temurin.25.JDK", then run this command again, or set ICP_JDK to a JDK 25 folder. 1>&2
  exit /b 1
)
where mvn >nul 2>nul || (echo Maven 3.8 or newer is needed and 'mvn' is not on the PATH. 1>&2 & exit /b 1)
set "JAVA_HOME=%FOUND%"
set "PATH=%JAVA_HOME%\bin;%PATH%"
echo Using the JDK in %JAVA_HOME% 1>&2
cd /d "%~dp0"
mvn %*
exit /b %ERRORLEVEL%

:check
set "H=%~f1"
if "%~1"=="" exit /b 0
if not exist "%H%\bin\javac.exe" exit /b 0
if not exist "%H%\release" exit /b 0
for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%H%\release"') do set "V=%%~V"
for /f "tokens=1 delims=.+-" %%M in ("!V!") do set "MAJOR=%%M"
if !MAJOR! GEQ 25 set "FOUND=%H%"
exit /b 0
