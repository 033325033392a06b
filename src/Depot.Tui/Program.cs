using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Tui.Cli;

StoreEngines.Register(new LiteDbEngine());
StoreEngines.Register(new Depot.Storage.Postgres.PostgresEngine());
return DepotCli.Run(args);
