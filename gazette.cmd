@echo off
rem The `gazette` command on Windows, without recompiling on every run; the same as ./gazette (see its comments).
rem
rem   gazette.cmd build [--root DIR] ...   runs the tool (any verb but `test`), from the current folder
rem   gazette.cmd test [ARGS ...]          runs `dotnet test Gazette.slnx ARGS ...` from the repository root
rem
rem The first run publishes src\Gazette.Cli (Release, ReadyToRun) into .launcher\ beside this file; later runs
rem start the published tool at once. It is published again only when a file under src\ (bin\ and obj\ aside) or
rem a root build file changed, was added or was removed, or this file changed. cmd has no `find -newer`, so
rem each publish keeps a copy of the sources it read (.launcher\builds\ID\sources\, made just before) and robocopy
rem /L compares the sources with it: any file added, removed, or of another time or size means "changed".
rem `rmdir /s /q .launcher` forces a fresh publish.
setlocal EnableExtensions DisableDelayedExpansion
set "REPO=%~dp0"
set "REPO=%REPO:~0,-1%"
set "CACHE=%REPO%\.launcher"
set "ROOTFILES=Directory.Build.props Directory.Build.targets Directory.Packages.props global.json nuget.config .editorconfig gazette.cmd"
set "ROBO=/NJH /NJS /NFL /NDL /NP /R:0 /W:0"

where /q dotnet
if errorlevel 1 (
  >&2 echo gazette: dotnet was not found on PATH; install the .NET 10 SDK and run this again
  exit /b 127
)

if /i "%~1"=="test" goto :test

call :check
if defined WHY (
  call :compile
  if errorlevel 1 exit /b 1
)
set "BUILD="
set /p BUILD=<"%CACHE%\current"
rem A 64 MB young-generation budget (read only from the environment): see README, "Benchmark".
if not defined DOTNET_GCgen0size set "DOTNET_GCgen0size=0x4000000"
dotnet "%CACHE%\%BUILD%\bin\gazette.dll" %*
exit /b %errorlevel%

:test
rem %* ignores `shift`: drop the first word ("test") from the whole line instead.
set "ARGS=%*"
setlocal EnableDelayedExpansion
set "ARGS=!ARGS:*test=!"
cd /d "%REPO%"
dotnet test Gazette.slnx !ARGS!
exit /b %errorlevel%

rem Sets WHY to nothing when the build named in .launcher\current is there and up to date, else to why not.
:check
set "WHY="
set "BUILD="
if not exist "%CACHE%\current" goto :check_first
set /p BUILD=<"%CACHE%\current"
if not exist "%CACHE%\%BUILD%\bin\gazette.dll" goto :check_first
if not exist "%CACHE%\%BUILD%\sources\src" goto :check_first
robocopy "%REPO%\src" "%CACHE%\%BUILD%\sources\src" /L /MIR /XD bin obj /XF *.swp *.swo *~ %ROBO% >nul
if errorlevel 1 (
  set "WHY=a file under src\ changed"
  exit /b 0
)
robocopy "%REPO%" "%CACHE%\%BUILD%\sources\root" %ROOTFILES% /L /PURGE %ROBO% >nul
if errorlevel 1 set "WHY=a build file or gazette.cmd changed"
exit /b 0
:check_first
set "WHY=first run"
exit /b 0

rem Publishes under the lock. The lock is .launcher\lock held open for writing (handle 9) while publishing: a
rem second cmd cannot open it for writing until the first closes it, which Windows does however cmd ends.
:compile
if not exist "%CACHE%" mkdir "%CACHE%"
set "WAITED="
:compile_lock
set "LOCKED="
set "RESULT=1"
(type nul >>"%CACHE%\lock") 2>nul || goto :compile_wait
9>>"%CACHE%\lock" (
  set "LOCKED=1"
  call :compile_locked
)
if not defined LOCKED goto :compile_wait
exit /b %RESULT%
:compile_wait
if not defined WAITED >&2 echo gazette: waiting for another gazette launcher that is compiling...
set "WAITED=1"
rem a one-second pause that works without a console (timeout does not)
ping -n 2 127.0.0.1 >nul
goto :compile_lock

:compile_locked
rem another launcher may have compiled it while this one waited
call :check
if not defined WHY (
  set "RESULT=0"
  exit /b 0
)
if "%WHY%"=="first run" goto :compile_first
>&2 echo gazette: sources changed (%WHY%); recompiling...
goto :compile_start
:compile_first
>&2 echo gazette: compiling Gazette into %CACHE%\ (first run, about a minute; later runs start at once)...
:compile_start
call :seconds STARTED
:compile_id
set "ID=%RANDOM%%RANDOM%"
if exist "%CACHE%\builds\%ID%" goto :compile_id
set "NEW=builds\%ID%"
mkdir "%CACHE%\%NEW%"
rem the copy of the sources is made before the publish reads them: an edit made meanwhile is seen next time
robocopy "%REPO%\src" "%CACHE%\%NEW%\sources\src" /MIR /XD bin obj /XF *.swp *.swo *~ %ROBO% >nul
if errorlevel 8 goto :compile_failed
robocopy "%REPO%" "%CACHE%\%NEW%\sources\root" %ROOTFILES% %ROBO% >nul
if errorlevel 8 goto :compile_failed
type nul >"%CACHE%\publish.log"
rem ReadyToRun needs a runtime identifier (--ucr: this machine's) and the runtime pack and crossgen from NuGet;
rem where those cannot be had, a plain framework-dependent publish still works, starting a little slower. No build
rem servers: a process left running would inherit and keep holding the lock.
set "EXTRA=--ucr --self-contained false"
set "ARTIFACTS=%CACHE%\artifacts"
call :publish
if not errorlevel 1 goto :compile_done
set "FIND=%SystemRoot%\System32\find.exe"
"%FIND%" "error CS" "%CACHE%\publish.log" >nul
if not errorlevel 1 goto :compile_failed
"%FIND%" "error NU" "%CACHE%\publish.log" >nul
if not errorlevel 1 goto :compile_jit
"%FIND%" "error NETSDK" "%CACHE%\publish.log" >nul
if not errorlevel 1 goto :compile_jit
goto :compile_failed
:compile_jit
>&2 echo gazette: the ReadyToRun publish failed (see .launcher\publish.log); compiling without ReadyToRun...
if exist "%CACHE%\%NEW%\bin" rmdir /s /q "%CACHE%\%NEW%\bin"
set "EXTRA=-p:PublishReadyToRun=false"
set "ARTIFACTS=%CACHE%\artifacts-jit"
call :publish
if errorlevel 1 goto :compile_failed
:compile_done
set "PREVIOUS="
if exist "%CACHE%\current" set /p PREVIOUS=<"%CACHE%\current"
>"%CACHE%\current.tmp" echo %NEW%
move /y "%CACHE%\current.tmp" "%CACHE%\current" >nul
rem older builds go, except the one just replaced and any a running tool (gazette serve ...) was started from:
rem Windows does not rename a folder while a program uses a file in it
pushd "%CACHE%\builds"
for /d %%d in (*) do call :compile_prune "%%d"
popd
call :seconds ENDED
set /a "TOOK=ENDED-STARTED"
if %TOOK% lss 0 set /a "TOOK+=86400"
>&2 echo gazette: compiled in %TOOK% s
set "RESULT=0"
exit /b 0
:compile_prune
if /i "builds\%~1"=="%NEW%" exit /b 0
if /i "builds\%~1"=="%PREVIOUS%" exit /b 0
set "GONE=%~1"
if /i "%~x1"==".old" goto :compile_prune_remove
ren "%~1" "%~1.old" 2>nul
if errorlevel 1 exit /b 0
set "GONE=%~1.old"
:compile_prune_remove
rmdir /s /q "%GONE%" 2>nul
exit /b 0
:compile_failed
if exist "%CACHE%\%NEW%" rmdir /s /q "%CACHE%\%NEW%"
type "%CACHE%\publish.log" 1>&2
call :seconds ENDED
set /a "TOOK=ENDED-STARTED"
if %TOOK% lss 0 set /a "TOOK+=86400"
>&2 echo gazette: compiling failed after %TOOK% s (the output above is also in .launcher\publish.log); the next run tries again
set "RESULT=1"
exit /b 1

rem Publishes into %NEW%\bin with %EXTRA% and %ARTIFACTS% (variables, not call's %1 %2: those split at "=").
:publish
set "DOTNET_NOLOGO=1"
dotnet publish "%REPO%\src\Gazette.Cli" -c Release --nologo -v quiet --disable-build-servers -o "%CACHE%\%NEW%\bin" -p:UseArtifactsOutput=true "-p:ArtifactsPath=%ARTIFACTS%" %EXTRA% >>"%CACHE%\publish.log" 2>&1
exit /b %errorlevel%

rem Sets the variable named %1 to the seconds since midnight, from %TIME% (h:mm:ss.cc, with the locale's
rem separators). 100%%a %% 100 reads "08" and "8" alike as 8, not as a bad octal number; 0 where %TIME% is odd.
:seconds
set "%1=0"
for /f "tokens=1-3 delims=:., " %%a in ("%TIME%") do set /a "%1=(100%%a %% 100)*3600+(100%%b %% 100)*60+(100%%c %% 100)" 2>nul
exit /b 0
