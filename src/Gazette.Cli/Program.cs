using Gazette.Cli;

return await GazetteCommandLine.Create(TimeProvider.System).Parse(args).InvokeAsync();
