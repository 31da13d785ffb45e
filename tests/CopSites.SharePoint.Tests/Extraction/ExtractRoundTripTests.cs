using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Extraction;
using CopSites.Provisioning.Templates.Xml;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Tests.Provisioning;
using CopSites.SharePoint.Tests.TestSupport;

namespace CopSites.SharePoint.Tests.Extraction;

/// <summary>
/// Extract a provisioned CoP site (A), apply the template to an empty group site (B), and B is A again: the promise
/// `copsites extract` makes. One tenant and one round trip for the whole class keep it fast.
/// </summary>
public sealed class ExtractRoundTripTests(ExtractRoundTripTests.RoundTrip trip) : IClassFixture<ExtractRoundTripTests.RoundTrip>
{
    [Fact]
    public void ExtractedTemplate_IsValidAgainstTheSchemaAndReadsBackWithoutErrors()
    {
        PnpSchemaValidator.Validate(trip.Xml, "T.xml").ShouldBeEmpty();
        var read = new PnpTemplateReader().Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(trip.Xml)), "T.xml");
        read.Errors.ShouldBeEmpty();
        read.Hierarchy!.Templates.Single().Lists.Select(l => l.Title).ShouldBe(
            ["Events", "Expert directory", "Forum", "Indicators", "Lessons learned", "Pulse checks", "Session materials", "Stories", "Toolkit"]);
        trip.Extraction.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void AppliedToAnEmptySite_FirstApplyHasNoFailures()
    {
        trip.FirstApply.Failures.ShouldBeEmpty(string.Join("; ", trip.FirstApply.Failures.Select(f => $"{f.Key}: {f.Failure}")));
        trip.FirstApply.Plan.Count(ChangeKind.Create).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void AppliedToAnEmptySite_ListsColumnsAndViewsMatchTheOriginal()
    {
        SiteSnapshot.Lists(trip.B).ShouldBe(SiteSnapshot.Lists(trip.A));
        SiteSnapshot.ListColumns(trip.B).ShouldBe(SiteSnapshot.ListColumns(trip.A));
        SiteSnapshot.Views(trip.B).ShouldBe(SiteSnapshot.Views(trip.A));
    }

    [Fact]
    public void AppliedToAnEmptySite_ContentTypesTermsPagesAndNavigationMatchTheOriginal()
    {
        SiteSnapshot.ContentTypes(trip.B).ShouldBe(SiteSnapshot.ContentTypes(trip.A));
        SiteSnapshot.ContentTypeColumns(trip.B).ShouldBe(SiteSnapshot.ContentTypeColumns(trip.A));
        SiteSnapshot.Terms(trip.B).ShouldBe(SiteSnapshot.Terms(trip.A));
        SiteSnapshot.WebParts(trip.B).ShouldBe(SiteSnapshot.WebParts(trip.A));
        SiteSnapshot.Navigation(trip.B).ShouldBe(SiteSnapshot.Navigation(trip.A));
        SiteSnapshot.WebParts(trip.A).ShouldContain(w => w.Contains("standardWebPart", StringComparison.Ordinal) && w.Contains("~site/Lists/CopEvents", StringComparison.Ordinal));
    }

    [Fact]
    public void AppliedASecondTime_WritesNothing()
    {
        trip.SecondApply.Failures.ShouldBeEmpty();
        trip.SecondApplyWrites.ShouldBe(0, string.Join(", ", trip.SecondApply.Plan.Changes.Where(c => c.Kind != ChangeKind.Unchanged).Select(c => $"{c.Kind} {c.Key}: {c.Reason}")));
    }

    [Fact]
    public async Task ReadSite_UnknownUrl_IsNull()
    {
        using var gateway = trip.Tenant.Connect();

        var state = await new SiteGateway(gateway).ReadSiteAsync(new Uri("/sites/no-such-site", UriKind.Relative), CancellationToken.None);

        state.ShouldBeNull();
    }

    /// <summary>Provisions A, extracts it, creates B and applies the template to B twice.</summary>
    public sealed class RoundTrip : IAsyncLifetime
    {
        public TestTenant Tenant { get; private set; } = null!;

        public SiteState A { get; private set; } = null!;

        public SiteState B { get; private set; } = null!;

        public ExtractionResult Extraction { get; private set; } = null!;

        public string Xml { get; private set; } = "";

        public ProvisioningResult FirstApply { get; private set; } = null!;

        public ProvisioningResult SecondApply { get; private set; } = null!;

        public long SecondApplyWrites { get; private set; }

        public async Task InitializeAsync()
        {
            Tenant = await TestTenant.StartAsync();
            var charter = CopWorkspace.Request("urban-mobility");
            (await CopWorkspace.ApplyAsync(Tenant, charter)).Failures.ShouldBeEmpty();
            using var gateway = Tenant.Connect();
            var sites = new SiteGateway(gateway);
            A = (await sites.ReadSiteAsync(new Uri(sites.TenantWebRoot, "/sites/urban-mobility"), CancellationToken.None))!;
            Extraction = SiteExtractor.Extract(A);
            Xml = new PnpTemplateWriter().Write(Extraction.Hierarchy);

            await CreateEmptyGroupAsync("copy-of-urban");
            var read = new PnpTemplateReader().Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Xml)), "T.xml");
            var request = new ProvisioningRequest
            {
                Template = read.Hierarchy!.Templates.Single(),
                Target = new SiteTarget("copy-of-urban", "Copy of urban mobility"),
                Options = new ProvisioningOptions { ProvisioningAccount = TestTenant.Admin },
            };
            var engine = new ProvisioningEngine(sites, StandardBuilders.All);
            FirstApply = await engine.ApplyAsync(request, null, CancellationToken.None);
            var mark = Tenant.Host.Counter.Mark();
            SecondApply = await engine.ApplyAsync(request, null, CancellationToken.None);
            SecondApplyWrites = Tenant.Host.Counter.Since(mark).Writes;
            B = (await sites.ReadSiteAsync(new Uri("/sites/copy-of-urban", UriKind.Relative), CancellationToken.None))!;
        }

        public async Task DisposeAsync() => await Tenant.DisposeAsync();

        private async Task CreateEmptyGroupAsync(string alias)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new("Bearer", Tenant.Host.IssueToken(TestTenant.Admin));
            var body = new JsonObject
            {
                ["displayName"] = "Copy of urban mobility",
                ["mailNickname"] = alias,
                ["mailEnabled"] = true,
                ["securityEnabled"] = false,
                ["groupTypes"] = new JsonArray("Unified"),
                ["visibility"] = "Private",
            };
            (await http.PostAsJsonAsync($"{Tenant.Host.GraphBaseUrl}/groups", body)).EnsureSuccessStatusCode();
        }
    }
}
