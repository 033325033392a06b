using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Storage.Probe;

// A stand-in for a bench: opens the depot file as the depot program does and runs units of work
// on it, so tests can run several of these processes on one file and kill them at will.
//   probe receive DB NAME FIRST COUNT [reverse]   receive then inspect units U{FIRST}..; one line per acknowledged step
//   probe read DB SECONDS                         read the depot again and again; one line per inconsistency seen
//   probe format-file DB                          write the small depot whose contents are kept as tests/Depot.Storage.Tests/Data/format-N.csv
//   probe receivable DB COUNT                     print identifiers of units a dock can receive (with their user, or announced)
//   probe hold DB SECONDS                         open a unit of work, say "holding", keep it open (another bench's long import)
StoreEngines.Register(new LiteDbEngine());
try
{
    return args[0] switch
    {
        "receive" => Bench.Receive(args[1], args[2], int.Parse(args[3]), int.Parse(args[4]), args.Length > 5 && args[5] == "reverse"),
        "read" => Bench.Watch(args[1], TimeSpan.FromSeconds(double.Parse(args[2]))),
        "format-file" => Bench.FormatFile(args[1]),
        "receivable" => Bench.Receivable(args[1], int.Parse(args[2])),
        "hold" => Bench.Hold(args[1], TimeSpan.FromSeconds(double.Parse(args[2]))),
        _ => 2,
    };
}
catch (StorageException e)
{
    Console.Error.WriteLine($"probe: {e.Message}");
    return 1;
}
