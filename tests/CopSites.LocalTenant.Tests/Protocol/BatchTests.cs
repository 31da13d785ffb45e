using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CopSites.LocalTenant.Tests.Protocol;

public sealed class BatchTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public BatchTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task Batch_ThroughTheSdk_RunsEveryStepAndReturnsEachStatus()
    {
        var site = await _tenant.Graph.Sites["root"].GetAsync();
        var batch = new BatchRequestContentCollection(_tenant.Graph);
        var rootStep = await batch.AddBatchRequestStepAsync(_tenant.Graph.Sites["root"].ToGetRequestInformation());
        var byPathStep = await batch.AddBatchRequestStepAsync(_tenant.Graph.Sites[$"{_tenant.Host.HostName}:/"].ToGetRequestInformation());
        var missingStep = await batch.AddBatchRequestStepAsync(_tenant.Graph.Sites["contoso.sharepoint.com:/sites/nowhere"].ToGetRequestInformation());

        var responses = await _tenant.Graph.Batch.PostAsync(batch);

        (await responses.GetResponseByIdAsync<Site>(rootStep)).Id.ShouldBe(site!.Id);
        (await responses.GetResponseByIdAsync<Site>(byPathStep)).Id.ShouldBe(site.Id);
        var statuses = await responses.GetResponsesStatusCodesAsync();
        ((int)statuses[missingStep]).ShouldBe(404);
    }

    [Fact]
    public async Task Batch_MoreThanTwentySteps_Is400()
    {
        var requests = Enumerable.Range(1, 21).Select(i => new { id = i.ToString(), method = "GET", url = "/sites/root" }).ToArray();
        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", new { requests });
        status.ShouldBe(400);
        body!["error"]!["message"]!.ToString().ShouldContain("20");
    }

    [Fact]
    public async Task Batch_DuplicateIdsIgnoringCase_Is400()
    {
        var requests = new[] { new { id = "a", method = "GET", url = "/sites/root" }, new { id = "A", method = "GET", url = "/sites/root" } };
        (await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", new { requests })).Status.ShouldBe(400);
    }

    [Fact]
    public async Task Batch_DependencyFailed_Is424AndDependencyOrderIsHonoured()
    {
        var alias = "b" + Guid.NewGuid().ToString("N")[..8];
        var body = new JsonObject
        {
            ["requests"] = new JsonArray(
                new JsonObject { ["id"] = "3", ["method"] = "GET", ["url"] = $"/sites/contoso.sharepoint.com:/sites/{alias}", ["dependsOn"] = new JsonArray("1") },
                new JsonObject
                {
                    ["id"] = "1", ["method"] = "POST", ["url"] = "/groups", ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                    ["body"] = new JsonObject { ["displayName"] = "Batch CoP", ["mailNickname"] = alias, ["groupTypes"] = new JsonArray("Unified"), ["mailEnabled"] = true, ["securityEnabled"] = false },
                },
                new JsonObject { ["id"] = "2", ["method"] = "GET", ["url"] = "/sites/contoso.sharepoint.com:/sites/missing" },
                new JsonObject { ["id"] = "4", ["method"] = "GET", ["url"] = "/sites/root", ["dependsOn"] = new JsonArray("2") }),
        };

        var (status, result, _) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", body.ToJsonString());

        status.ShouldBe(200);
        var byId = result!["responses"]!.AsArray().ToDictionary(r => r!["id"]!.ToString(), r => (int)r!["status"]!);
        byId["1"].ShouldBe(201);
        byId["3"].ShouldBe(200);
        byId["2"].ShouldBe(404);
        byId["4"].ShouldBe(424);
    }

    [Fact]
    public async Task Batch_StepWithBodyButNoContentType_Is400()
    {
        var body = """{"requests":[{"id":"1","method":"POST","url":"/groups","body":{"displayName":"x"}}]}""";
        (await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", body)).Status.ShouldBe(400);
    }
}
