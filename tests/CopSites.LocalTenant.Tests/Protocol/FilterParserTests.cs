using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Tests.Protocol;

public sealed class FilterParserTests
{
    private static readonly JsonObject Item = JsonNode.Parse("""
        {"id":"7","createdDateTime":"2026-03-04T10:00:00Z","fields":{"Title":"Peer clinic on road safety","CopFormat":"Peer clinic","Attendees":12,"Answered":true,"Quote":"it's"}}
        """)!.AsObject();

    [Theory]
    [InlineData("fields/CopFormat eq 'Peer clinic'", true)]
    [InlineData("fields/CopFormat eq 'peer CLINIC'", true)]
    [InlineData("fields/CopFormat ne 'Peer clinic'", false)]
    [InlineData("fields/Attendees gt 10 and fields/Attendees le 12", true)]
    [InlineData("fields/Attendees gt 100 or fields/Answered eq true", true)]
    [InlineData("fields/Attendees ge 13", false)]
    [InlineData("fields/Attendees lt 9", false)]
    [InlineData("not (fields/Attendees lt 9)", true)]
    [InlineData("startswith(fields/Title,'Peer')", true)]
    [InlineData("startswith(fields/Title,'Road')", false)]
    [InlineData("createdDateTime ge 2026-03-01T00:00:00Z and createdDateTime lt 2026-04-01", true)]
    [InlineData("createdDateTime gt '2026-03-05'", false)]
    [InlineData("fields/Quote eq 'it''s'", true)]
    [InlineData("fields/Missing eq null", true)]
    [InlineData("fields/Title eq null", false)]
    public void Matches_EvaluatesComparisonsLogicAndFunctions(string filter, bool expected)
    {
        FilterParser.Parse(filter).Matches(Item).ShouldBe(expected);
    }

    [Theory]
    [InlineData("fields/Title eq")]
    [InlineData("fields/Title like 'x'")]
    [InlineData("fields/Title eq 'unterminated")]
    [InlineData("(fields/Title eq 'x'")]
    public void Parse_Malformed_Is400(string filter)
    {
        Should.Throw<GraphProblem>(() => FilterParser.Parse(filter)).Status.ShouldBe(400);
    }
}
