using Depot.Tui.Cli;

StartupTrace.Mark("main entered (runtime started)");
return DepotCli.Run(args);
