using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Tui.Cli;

StoreEngines.Register(new LiteDbEngine());
return DepotCli.Run(args);
