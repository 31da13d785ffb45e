using CopSites.Provisioning.Charters;
using CopSites.Domain;
using CopSites.Provisioning.Tests.StandardTemplate;

namespace CopSites.Provisioning.Tests.Charters;

public class CharterReaderTests
{
    public static TheoryData<string> ExampleCharters()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryLayout.ChartersFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void ExampleCharters_AtLeastThreeExist()
    {
        Directory.GetFiles(RepositoryLayout.ChartersFolder, "*.yaml").Length.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [MemberData(nameof(ExampleCharters))]
    public void Read_ExampleCharter_Succeeds(string fileName)
    {
        var result = CharterReader.Read(Path.Combine(RepositoryLayout.ChartersFolder, fileName));

        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
        result.Succeeded.ShouldBeTrue();
        result.Charter.Alias.Value.ShouldBe(Path.GetFileNameWithoutExtension(fileName));
        result.Charter.Roster.ShouldAllBe(member => member.Upn.Domain == "contoso.local");
    }

    [Fact]
    public void Read_UrbanMobility_IsOpenAndInternal()
    {
        var charter = ReadExample("urban-mobility.yaml");

        charter.Name.ShouldBe("Urban Mobility Community of Practice");
        charter.Participation.ShouldBeSameAs(ParticipationModel.Open);
        charter.Composition.ShouldBeSameAs(Composition.Internal);
        charter.Leads.Select(l => l.Value).ShouldBe(["alice@contoso.local", "bob@contoso.local"]);
        charter.Cadence.Core.ShouldBeSameAs(CoreCadence.Monthly);
        charter.Cadence.Formats.ShouldBe([EventFormat.FlashTalk, EventFormat.PeerClinic, EventFormat.KnowledgeHarvest]);
        charter.Indicators.ShouldContain(Indicator.OutputReuse);
        charter.Language.ShouldBeSameAs(CharterLanguage.English);
        charter.GroupPolicy.ShouldBe(new GroupPolicy(GroupVisibility.Public, JoinPolicy.SelfService));
        charter.GuestSharing.AllowGuests.ShouldBeFalse();
    }

    [Fact]
    public void Read_FiscalTransparency_IsModeratedHybridAndSpanish()
    {
        var charter = ReadExample("fiscal-transparency.yaml");

        charter.Participation.ShouldBeSameAs(ParticipationModel.Moderated);
        charter.Composition.ShouldBeSameAs(Composition.Hybrid);
        charter.Language.Lcid.ShouldBe(3082);
        charter.HowToJoin.ShouldNotBeNull().ShouldStartWith("Ministry and academic partners are welcome");
        charter.GroupPolicy.IsPublic.ShouldBeFalse();
        charter.GroupPolicy.AcceptsJoinRequests.ShouldBeTrue();
        charter.GuestSharing.ShouldBe(new GuestSharingPolicy(true, GuestSharingPolicy.ExternalUserSharingOnly));
        charter.Stage.ShouldBeSameAs(LifeCycleStage.Initiation);
    }

    [Fact]
    public void Read_GenderDiversityOps_IsClosedInvitationOnly()
    {
        var charter = ReadExample("gender-diversity-ops.yaml");

        charter.Participation.ShouldBeSameAs(ParticipationModel.Closed);
        charter.GroupPolicy.ShouldBe(new GroupPolicy(GroupVisibility.Private, JoinPolicy.InvitationOnly));
        charter.Moderators.ShouldBeEmpty();
        charter.Stage.ShouldBeSameAs(LifeCycleStage.Growth);
    }

    [Fact]
    public void Parse_ValidCharter_DefaultsOptionalFields()
    {
        var charter = Parse(CharterYaml.Valid);

        charter.Stage.ShouldBeSameAs(LifeCycleStage.Initiation);
        charter.KnowledgeProducts.ShouldBeEmpty();
        charter.CoreGroup.ShouldBeEmpty();
        charter.HowToJoin.ShouldBeNull();
        charter.Cadence.Touchpoints.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_UnknownParticipation_NamesFieldLineAndAllowedValues()
    {
        var error = SingleError(CharterYaml.WithLine(9, "participation: opne"));

        error.FieldPath.ShouldBe("participation");
        error.Line.ShouldBe(9);
        error.Column.ShouldBe(16);
        error.Kind.ShouldBe(CharterErrorKind.InvalidValue);
        error.Message.ShouldContain("'opne'");
        error.Message.ShouldContain("did you mean 'open'");
        error.Message.ShouldContain("allowed values: open, closed, moderated");
        error.ToString().ShouldStartWith("test.yaml(9,16): participation: unknown value");
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesTheField()
    {
        var error = SingleError(CharterYaml.WithoutLines(3));

        error.FieldPath.ShouldBe("domain");
        error.Kind.ShouldBe(CharterErrorKind.MissingField);
        error.Line.ShouldBe(1);
        error.Message.ShouldContain("required");
    }

    [Fact]
    public void Parse_EmptyRequiredField_ReportsItsLine()
    {
        var error = SingleError(CharterYaml.WithLine(4, "purpose:"));

        error.FieldPath.ShouldBe("purpose");
        error.Kind.ShouldBe(CharterErrorKind.MissingField);
        error.Line.ShouldBe(4);
    }

    [Fact]
    public void Parse_UnknownField_IsAnErrorWithASuggestion()
    {
        var error = SingleError(CharterYaml.WithLine(10, "compositon: internal") + "\ncomposition: internal");

        error.FieldPath.ShouldBe("compositon");
        error.Kind.ShouldBe(CharterErrorKind.UnknownField);
        error.Line.ShouldBe(10);
        error.Column.ShouldBe(1);
        error.Message.ShouldContain("did you mean 'composition'");
    }

    [Theory]
    [InlineData("  - alice", "not a user principal name")]
    [InlineData("  - alice@", "not a user principal name")]
    [InlineData("  - alice smith@contoso.local", "not a user principal name")]
    public void Parse_BadUpn_NamesTheListEntry(string line, string expected)
    {
        var error = SingleError(CharterYaml.WithLine(12, line));

        error.FieldPath.ShouldBe("leads[0]");
        error.Line.ShouldBe(12);
        error.Column.ShouldBe(5);
        error.Kind.ShouldBe(CharterErrorKind.InvalidValue);
        error.Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData("alias: Test-CoP", "lowercase")]
    [InlineData("alias: test_cop", "lowercase letters a-z, digits and hyphens")]
    [InlineData("alias: 1test", "start with a lowercase letter")]
    [InlineData("alias: test-", "must not end with a hyphen")]
    [InlineData("alias: te", "at least 3")]
    public void Parse_BadAlias_ExplainsTheRule(string line, string expected)
    {
        var error = SingleError(CharterYaml.WithLine(2, line));

        error.FieldPath.ShouldBe("alias");
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(8);
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Parse_LeadAlsoModerator_IsAConflict()
    {
        var error = SingleError(CharterYaml.WithLine(14, "  - Alice@contoso.local"));

        error.FieldPath.ShouldBe("moderators[0]");
        error.Line.ShouldBe(14);
        error.Kind.ShouldBe(CharterErrorKind.Conflict);
        error.Message.ShouldContain("alice@contoso.local is already a lead (leads[0])");
    }

    [Fact]
    public void Parse_LeadAlsoMemberAndCoreGroup_IsAllowed_AndRosterKeepsTheStrongestRole()
    {
        var charter = Parse(CharterYaml.Valid + "\ncore_group:\n  - alice@contoso.local\n  - bob@contoso.local\n");
        var withMember = Parse(CharterYaml.WithLine(16, "  - alice@contoso.local"));

        charter.Roster.ShouldBe(
        [
            new CharterMember(UserPrincipalName.Create("alice@contoso.local"), CopRole.Lead),
            new CharterMember(UserPrincipalName.Create("carol@contoso.local"), CopRole.Moderator),
            new CharterMember(UserPrincipalName.Create("bob@contoso.local"), CopRole.CoreGroup),
        ]);
        withMember.Roster.Count(m => m.Upn.Value == "alice@contoso.local").ShouldBe(1);
        withMember.Owners.Select(o => o.Value).ShouldBe(["alice@contoso.local"]);
    }

    [Fact]
    public void Parse_SamePersonTwiceInOneList_IsADuplicate()
    {
        var error = SingleError(CharterYaml.WithLine(12, "  - alice@contoso.local\n  - ALICE@contoso.local"));

        error.FieldPath.ShouldBe("leads[1]");
        error.Line.ShouldBe(13);
        error.Kind.ShouldBe(CharterErrorKind.Duplicate);
        error.Message.ShouldContain("already listed at leads[0]");
    }

    [Fact]
    public void Parse_InternalCharterWithExternalPerson_IsAConflict_ButHybridAcceptsIt()
    {
        var external = CharterYaml.WithLine(16, "  - ana@hacienda.gob.example");

        var error = SingleError(external);
        error.FieldPath.ShouldBe("members[0]");
        error.Line.ShouldBe(16);
        error.Kind.ShouldBe(CharterErrorKind.Conflict);
        error.Message.ShouldContain("composition: hybrid");

        var hybrid = external.Replace("composition: internal", "composition: hybrid", StringComparison.Ordinal);
        Parse(hybrid).Members.Single().Domain.ShouldBe("hacienda.gob.example");
    }

    [Fact]
    public void Parse_UnknownIndicator_NamesTheEntry()
    {
        var error = SingleError(CharterYaml.WithLine(8, "  - meetings"));

        error.FieldPath.ShouldBe("indicators[0]");
        error.Line.ShouldBe(8);
        error.Message.ShouldContain("activities-held");
    }

    [Fact]
    public void Parse_UnknownFormat_NamesTheNestedEntry()
    {
        var error = SingleError(CharterYaml.WithLine(20, "    - flash-talks"));

        error.FieldPath.ShouldBe("cadence.formats[0]");
        error.Line.ShouldBe(20);
        error.Message.ShouldContain("did you mean 'flash-talk'");
    }

    [Fact]
    public void Parse_UnknownCadenceField_And_MissingCore_AreBothReported()
    {
        var result = CharterReader.Parse(CharterYaml.WithLine(18, "  cor: monthly"), "test.yaml");

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => (e.FieldPath, e.Kind)).ShouldBe(
        [
            ("cadence.core", CharterErrorKind.MissingField),
            ("cadence.cor", CharterErrorKind.UnknownField),
        ], ignoreOrder: true);
        result.Errors.Select(e => e.Line).ShouldBe([18, 18]);
    }

    [Fact]
    public void Parse_ScalarWhereListExpected_IsAWrongType()
    {
        var error = SingleError(CharterYaml.WithoutLines(12).Replace("leads:", "leads: alice@contoso.local", StringComparison.Ordinal));

        error.FieldPath.ShouldBe("leads");
        error.Kind.ShouldBe(CharterErrorKind.WrongType);
        error.Message.ShouldContain("expected a list");
    }

    [Fact]
    public void Parse_EmptyLeads_NeedsAtLeastOne()
    {
        var error = SingleError(CharterYaml.WithoutLines(12).Replace("leads:", "leads: []", StringComparison.Ordinal));

        error.FieldPath.ShouldBe("leads");
        error.Kind.ShouldBe(CharterErrorKind.MissingField);
        error.Message.ShouldContain("at least one");
    }

    [Fact]
    public void Parse_InvalidYaml_IsASyntaxErrorWithAPosition()
    {
        var error = SingleError(CharterYaml.WithLine(3, "domain: 'unclosed"));

        error.Kind.ShouldBe(CharterErrorKind.Syntax);
        error.Line.ShouldBeGreaterThanOrEqualTo(3);
        error.Message.ShouldStartWith("not valid YAML: While scanning a quoted scalar");
    }

    [Fact]
    public void Parse_UnclosedFlowList_IsASyntaxErrorNearTheProblem()
    {
        // YamlDotNet throws a position-less InvalidOperationException here; the reader still locates it.
        var error = SingleError(CharterYaml.WithLine(3, "domain: [unclosed"));

        error.Kind.ShouldBe(CharterErrorKind.Syntax);
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("unclosed '['");
    }

    [Fact]
    public void Parse_DuplicateKey_IsReported()
    {
        var error = SingleError(CharterYaml.Valid + "\nname: Another name");

        error.Kind.ShouldBe(CharterErrorKind.Syntax);
        error.Line.ShouldBe(22);
    }

    [Fact]
    public void Parse_NotAMapping_IsAWrongType()
    {
        SingleError("- name\n- alias").Kind.ShouldBe(CharterErrorKind.WrongType);
        SingleError(string.Empty).Kind.ShouldBe(CharterErrorKind.Syntax);
    }

    [Fact]
    public void Parse_ManyProblems_AreAllReportedInDocumentOrder()
    {
        var yaml = CharterYaml.WithLine(2, "alias: Bad Alias").Replace("participation: open", "participation: public", StringComparison.Ordinal)
            .Replace("language: en", "language: de", StringComparison.Ordinal);

        var result = CharterReader.Parse(yaml, "test.yaml");

        result.Errors.Select(e => e.FieldPath).ShouldBe(["alias", "participation", "language"]);
        result.Errors[2].Message.ShouldContain("en, es, pt, fr");
    }

    [Fact]
    public void Read_MissingFile_IsAnErrorNotAnException()
    {
        var result = CharterReader.Read(Path.Combine(Path.GetTempPath(), $"no-such-charter-{Guid.NewGuid():N}.yaml"));

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().Kind.ShouldBe(CharterErrorKind.FileNotReadable);
    }

    private static Charter ReadExample(string fileName)
    {
        var result = CharterReader.Read(Path.Combine(RepositoryLayout.ChartersFolder, fileName));
        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        return result.Charter;
    }

    internal static Charter Parse(string yaml)
    {
        var result = CharterReader.Parse(yaml, "test.yaml");
        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        return result.Charter;
    }

    private static CharterError SingleError(string yaml)
    {
        var result = CharterReader.Parse(yaml, "test.yaml");
        result.Succeeded.ShouldBeFalse();
        result.Errors.Count.ShouldBe(1, string.Join(Environment.NewLine, result.Errors));
        return result.Errors[0];
    }
}
