using Gazette.Cli;
using Gazette.Memory;

// Before the heap fills (README, "Huge pages"); GAZETTE_HUGE_PAGES=0 leaves the kernel's default.
if (Environment.GetEnvironmentVariable("GAZETTE_HUGE_PAGES") != "0")
{
    ManagedHeapPages.AdviseHugePages();
}

return await GazetteCommandLine.Create(TimeProvider.System).Parse(args).InvokeAsync();
