using Depot.Tui.Cli;

return DepotCli.Run(args);
