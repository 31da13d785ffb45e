using System.Text.Json.Nodes;
using CopSites.Cli.Tests.Provisioning;

namespace CopSites.Cli.Tests.Indicators;

/// <summary>`copsites indicators network` on any edge list: JSON and CSV a script can rely on, and bad CSV named by line.</summary>
public sealed class NetworkCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-network-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Json_HasEveryNodeWithNetworkxNormalisedBetweenness_AndTheGraph()
    {
        var edges = Save("edges.csv", "source,target\nhub,a\nhub,b\nhub,c\nc,d\nd,d\nhub,a\n");
        var groups = Save("groups.csv", "node,group\nhub,Water\na,Water\nb,Energy\nc,Energy\nd,Energy\n");

        var run = await CliRun.InvokeAsync("indicators", "network", "--edges", edges, "--groups", groups, "--output", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        var json = JsonNode.Parse(run.StandardOutput)!;
        var hub = json["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "hub")!;
        // hub lies on a–b, a–c, a–d, b–c, b–d: 5 of the 6 pairs without it; c on the 3 pairs with d.
        hub["betweennessRaw"]!.GetValue<double>().ShouldBe(5);
        hub["betweenness"]!.GetValue<double>().ShouldBe(5 / 6.0, 1e-12);
        hub["degree"]!.GetValue<int>().ShouldBe(3);
        hub["group"]!.GetValue<string>().ShouldBe("Water");
        hub["brokerage"]!["acrossGroups"]!.GetValue<long>().ShouldBe(3);
        json["graph"]!["nodes"]!.GetValue<int>().ShouldBe(5);
        json["graph"]!["edges"]!.GetValue<int>().ShouldBe(4);
        json["graph"]!["selfLoops"]!.GetValue<int>().ShouldBe(1);
        json["graph"]!["duplicateEdges"]!.GetValue<int>().ShouldBe(1);
        json["graph"]!["eiIndexByGroup"]!["Water"]!.GetValue<double>().ShouldBe((2 - 1) / 3.0, 1e-12);
    }

    [Fact]
    public async Task Csv_OneRowPerNode_QuotingLabelsAndDefusingFormulas()
    {
        var edges = Save("edges.csv", "source,target,weight\n\"Smith, Ann\",=cmd(),2\n\"Smith, Ann\",Bo,1.5\n");

        var run = await CliRun.InvokeAsync("indicators", "network", "--edges", edges, "--weighted", "--output", "csv");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("id,group,betweenness,betweennessRaw,degree,strength,coreNumber");
        lines.Length.ShouldBe(4);
        lines.ShouldContain(l => l.StartsWith("\"Smith, Ann\",,1,1,2,3.5,", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("'=cmd(),", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("from,to\na,b\n", "edges.csv:1: the first line must be the header 'source,target[,weight]'")]
    [InlineData("source,target,weight\na,b,-1\n", "edges.csv:2: weight '-1' is not a positive number")]
    [InlineData("source,target\na,b\nc\n", "edges.csv:3: expected 2 fields (source,target), found 1")]
    [InlineData("source,target\na,\"b\n", "edges.csv:2: a quoted field is not closed")]
    [InlineData("", "edges.csv:1: the file is empty")]
    public async Task BadEdgeLists_AreNamedByLine_ExitTwo_WithoutATrace(string text, string message)
    {
        var edges = Save("edges.csv", text);

        var run = await CliRun.InvokeAsync("indicators", "network", "--edges", edges);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StandardError.ShouldContain(message);
        run.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task AHugeLine_AndAMissingFile_AreRefusedCleanly()
    {
        var huge = Save("huge.csv", "source,target\n" + new string('x', 100_000) + ",y\n");

        var long_ = await CliRun.InvokeAsync("indicators", "network", "--edges", huge);
        var missing = await CliRun.InvokeAsync("indicators", "network", "--edges", Path.Combine(_folder, "nope.csv"));

        long_.ExitCode.ShouldBe(2, long_.ToString());
        long_.StandardError.ShouldContain("huge.csv:2: the line is longer than 65,536 characters");
        missing.ExitCode.ShouldBe(2, missing.ToString());
        missing.StandardError.ShouldContain("nope.csv");
    }

    [Fact]
    public async Task Table_ShowsTheSummaryAndTheTopNodes()
    {
        var edges = Save("edges.csv", "source,target\na,b\nb,c\n");

        var run = await CliRun.InvokeAsync("indicators", "network", "--edges", edges);

        run.ExitCode.ShouldBe(0, run.ToString());
        var all = run.StandardOutput + run.StandardError;
        all.ShouldContain("3 nodes, 2 ties, 1 component");
        all.ShouldContain("top 3 of 3 by betweenness");
    }
}
