using System.CommandLine;
using Depot.Core;
using Depot.Core.Lifecycle;
using Depot.Core.Units;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot receive-stream [--inspect nff|covered|ber]</c>: receives one identifier per line of
/// standard input, as a scanner script feeds them, and prints one line per committed step. A line
/// on stdout means the step is on disk. Refusals go to stderr and the stream goes on; exit 1 if any.
/// </summary>
internal static class ReceiveStreamVerb
{
    private static readonly Dictionary<string, InspectionOutcome> Outcomes = new()
    {
        ["nff"] = InspectionOutcome.NoFaultFound,
        ["covered"] = InspectionOutcome.CoveredFault,
        ["ber"] = InspectionOutcome.BeyondRepair,
    };

    public static void AddTo(RootCommand root)
    {
        var inspect = new Option<string?>("--inspect") { Description = "Also record this inspection outcome after each receive" };
        inspect.AcceptOnlyFromAmong([.. Outcomes.Keys]);
        var command = Verb.Command("receive-stream", "Receive every identifier read from standard input, one per line; print each acknowledgement", inspect);
        command.Hidden = true;
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var outcome = parse.GetValue(inspect) is { } o ? Outcomes[o] : (InspectionOutcome?)null;
            var units = new UnitService(context);
            var refused = 0;
            while (Console.In.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var identifier = units.Identify(line).Value;
                    Acknowledge(output, identifier, units.Receive(line));
                    if (outcome is { } inspection)
                    {
                        Acknowledge(output, identifier, units.Inspect(line, inspection));
                    }
                }
                catch (RefusedException e)
                {
                    error.WriteLine($"depot: {e.Message}");
                    error.Flush();
                    refused++;
                }
            }

            return refused == 0 ? DepotCli.Done : DepotCli.Refused;
        }));
        root.Subcommands.Add(command);
    }

    private static void Acknowledge(TextWriter output, string identifier, UnitEvent step)
    {
        output.WriteLine($"OK {identifier} {step.From} -{step.Trigger}-> {step.To} event {step.Id}");
        output.Flush();
    }
}
