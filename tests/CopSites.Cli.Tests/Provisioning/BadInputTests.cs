namespace CopSites.Cli.Tests.Provisioning;

/// <summary>
/// Issue 3, Done-when: bad input writes nothing and exits non-zero with a clear message. Every command that reads the
/// inputs (validate, plan, provision) refuses each of them with exit code 2 and a message naming file and line, the
/// element and the wrong value; the tenant sees no write and the CoP's group is never created.
/// </summary>
public sealed class BadInputTests(LocalTenantFixture tenant) : IClassFixture<LocalTenantFixture>
{
    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public async Task Provision_BadInput_ExitsTwoNamingTheProblem_AndWritesNothing(string name)
    {
        var input = BadInputs.Get(name);
        var mark = tenant.Host.Counter.Mark();

        var run = await CliRun.InvokeAsync("provision", "--template", input.Template, "--charter", input.Charter, "--tenant", tenant.Url);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain("nothing was written");
        ShouldName(run, input);
        var counted = tenant.Host.Counter.Since(mark);
        counted.Writes.ShouldBe(0, string.Join(", ", counted.ByRoute.Select(r => $"{r.Method} {r.Route}")));
        (await tenant.GroupExistsAsync(input.Alias)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public async Task Plan_BadInput_ExitsTwoNamingTheProblem_AndWritesNothing(string name)
    {
        var input = BadInputs.Get(name);
        var mark = tenant.Host.Counter.Mark();

        var run = await CliRun.InvokeAsync("plan", "--template", input.Template, "--charter", input.Charter, "--tenant", tenant.Url, "--output", "json");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardOutput.ShouldBeEmpty();
        ShouldName(run, input);
        tenant.Host.Counter.Since(mark).Writes.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public async Task Validate_BadInput_ExitsTwoNamingTheProblem(string name)
    {
        var input = BadInputs.Get(name);

        var table = await CliRun.InvokeAsync("validate", "--template", input.Template, "--charter", input.Charter);
        var json = await CliRun.InvokeAsync("validate", "--template", input.Template, "--charter", input.Charter, "--output", "json");

        table.ExitCode.ShouldBe(ExitCodes.InvalidInput, table.ToString());
        ShouldName(table, input);
        json.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        var report = System.Text.Json.Nodes.JsonNode.Parse(json.StandardOutput)!;
        report["valid"]!.GetValue<bool>().ShouldBeFalse();
        var errors = string.Join(Environment.NewLine, report["errors"]!.AsArray().Select(e => e!.GetValue<string>()));
        input.Expected.ShouldAllBe(fragment => errors.Contains(fragment, StringComparison.Ordinal), errors);
    }

    [Fact]
    public async Task Validate_StandardTemplateAndCharter_IsValid()
    {
        var run = await CliRun.InvokeAsync("validate", "--template", Repository.StandardTemplate, "--charter", Repository.Charter("urban-mobility"), "--output", "json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var report = System.Text.Json.Nodes.JsonNode.Parse(run.StandardOutput)!;
        report["valid"]!.GetValue<bool>().ShouldBeTrue();
        report["errors"]!.AsArray().ShouldBeEmpty();
    }

    private static void ShouldName(CliRun run, BadInput input) =>
        input.Expected.ShouldAllBe(fragment => run.StandardError.Contains(fragment, StringComparison.Ordinal), run.StandardError);
}
