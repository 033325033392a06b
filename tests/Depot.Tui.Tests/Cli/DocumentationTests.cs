using System.CommandLine;
using System.Text.RegularExpressions;
using Depot.Tui.Cli;

namespace Depot.Tui.Tests.Cli;

/// <summary>The README and the help cite pages that are in the repository, and docs/json.md covers every --json verb.</summary>
public sealed partial class DocumentationTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Readme_and_help_cite_only_pages_in_the_repository()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var help = HelpTexts(DepotCli.Build()).ToList();

        var cited = DocLink().Matches(readme + string.Join('\n', help)).Select(m => m.Value).Distinct().ToList();

        Assert.Contains("docs/formats.md", cited);
        Assert.Contains("docs/lifecycle-and-rules.md", cited);
        Assert.Contains("docs/json.md", cited);
        Assert.All(cited, page => Assert.True(File.Exists(Path.Combine(Root, page)), $"{page} is cited but not in the repository"));
        Assert.All(help.Append(readme), text => Assert.DoesNotMatch("FORMATS.md|DESIGN.md", text));
        Assert.Contains("docs/formats.md", DepotCli.Build().Subcommands.Single(c => c.Name == "import").Description);
    }

    [Fact]
    public void Every_verb_with_json_output_has_its_shape_in_the_json_page()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "json.md"));

        var verbs = Verbs(DepotCli.Build(), "depot").Where(v => v.Command.Options.Any(o => o.Name == "--json")).Select(v => v.Path).ToList();

        Assert.Contains("depot case list", verbs);
        Assert.All(verbs, verb => Assert.Contains($"`{verb}", page));
    }

    private static IEnumerable<string> HelpTexts(Command command) =>
        new[] { command.Description ?? "" }
            .Concat(command.Options.Select(o => o.Description ?? ""))
            .Concat(command.Arguments.Select(a => a.Description ?? ""))
            .Concat(command.Subcommands.SelectMany(HelpTexts));

    private static IEnumerable<(string Path, Command Command)> Verbs(Command command, string path) =>
        new[] { (path, command) }.Concat(command.Subcommands.SelectMany(c => Verbs(c, $"{path} {c.Name}")));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Depot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Depot.sln) is not above the test's folder");
    }

    [GeneratedRegex(@"docs/[a-z-]+\.md")]
    private static partial Regex DocLink();
}
