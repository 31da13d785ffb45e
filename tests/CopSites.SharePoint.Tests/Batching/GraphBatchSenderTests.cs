using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CopSites.SharePoint.Tests.Batching;

public sealed class GraphBatchSenderTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task SendAsync_45Requests_GoOutIn3Batches_ResultsInInputOrder()
    {
        using var gateway = _tenant.Connect();
        var items = Enumerable.Range(0, 45).Select(i => CreateGroup(gateway.Graph, $"CoP {i:00}", $"cop-{i:00}-{Guid.NewGuid():N}"[..20])).ToList();
        var mark = _tenant.Host.Counter.Mark();

        var results = await gateway.Batches.SendAsync(items, CancellationToken.None);

        var server = _tenant.Host.Counter.Since(mark);
        server.RoundTrips.ShouldBe(3);
        server.Total.ShouldBe(45);
        server.SuccessfulWrites.ShouldBe(45);
        results.Select(r => r.Index).ShouldBe(Enumerable.Range(0, 45));
        results.ShouldAllBe(r => r.Status == 201 && r.Error == null && r.Attempts == 1);
        for (var i = 0; i < 45; i++)
        {
            var group = await results[i].ReadAsync(Group.CreateFromDiscriminatorValue, CancellationToken.None);
            group!.DisplayName.ShouldBe($"CoP {i:00}");
            results[i].Body!["displayName"]!.GetValue<string>().ShouldBe($"CoP {i:00}");
        }

        var client = gateway.Metrics.Snapshot();
        (client.RoundTrips, client.Operations, client.Writes, client.Throttled, client.Retries).ShouldBe((3L, 45L, 45L, 0L, 0L));
    }

    [Fact]
    public async Task SendAsync_BadRequestStep_IsAResultNamingTheOperation_OthersSucceed()
    {
        using var gateway = _tenant.Connect();
        var items = new List<BatchItem>
        {
            new("read root site", gateway.Graph.Sites["root"].ToGetRequestInformation()),
            CreateGroup(gateway.Graph, "Bad nickname", "has spaces!"),
            new("read missing group", gateway.Graph.Groups[Guid.NewGuid().ToString()].ToGetRequestInformation()),
        };

        var results = await gateway.Batches.SendAsync(items, CancellationToken.None);

        results[0].IsSuccess.ShouldBeTrue(results[0].Error?.ToString());
        results[1].Status.ShouldBe(400);
        results[1].Error!.Operation.ShouldBe("create group has spaces!");
        results[1].Error!.Message.ShouldContain("mailNickname");
        results[1].Error!.RequestId.ShouldNotBeNullOrEmpty();
        results[2].Status.ShouldBe(404);
        results[2].Error!.Code.ShouldBe("Request_ResourceNotFound");
        Should.Throw<CopSites.SharePoint.Resilience.TenantRequestException>(() => results[2].EnsureSuccess())
            .Message.ShouldContain("read missing group");
    }

    [Fact]
    public async Task SendAsync_BodyOverThreshold_GoesAlone_SmallOnesBatched()
    {
        using var gateway = _tenant.Connect(batching: new BatchingOptions { MaxBatchedBodyBytes = 300 });
        var large = CreateGroup(gateway.Graph, "Large " + new string('x', 400), "large-cop");
        var items = new List<BatchItem> { CreateGroup(gateway.Graph, "Small 1", "small-1"), large, CreateGroup(gateway.Graph, "Small 2", "small-2") };
        var mark = _tenant.Host.Counter.Mark();

        var results = await gateway.Batches.SendAsync(items, CancellationToken.None);

        results.ShouldAllBe(r => r.Status == 201);
        results[1].Body!["mailNickname"]!.GetValue<string>().ShouldBe("large-cop");
        var server = _tenant.Host.Counter.Since(mark);
        server.RoundTrips.ShouldBe(2);
        server.ByRoute.ShouldContain(r => r.Route == "$batch" || r.Route == "groups");
    }

    [Fact]
    public async Task SendAsync_StepsCarryNoTokenOfTheirOwn()
    {
        var capture = new CapturingHandler(new SocketsHttpHandler());
        using var gateway = _tenant.Connect(transport: () => capture);

        await gateway.Batches.SendAsync([new("read root site", gateway.Graph.Sites["root"].ToGetRequestInformation())], CancellationToken.None);

        var batch = capture.Requests.Single(r => r.Uri.AbsolutePath.EndsWith("$batch"));
        batch.Headers.ContainsKey("Authorization").ShouldBeTrue();
        batch.Body.ShouldNotContain("Bearer");
        batch.Body.ShouldContain("\"url\":\"/sites/root\"");
    }

    internal static BatchItem CreateGroup(GraphServiceClient graph, string displayName, string nickname) => new(
        $"create group {nickname}",
        graph.Groups.ToPostRequestInformation(new Group
        {
            DisplayName = displayName,
            MailNickname = nickname,
            GroupTypes = ["Unified"],
            MailEnabled = true,
            SecurityEnabled = false,
        }));
}
