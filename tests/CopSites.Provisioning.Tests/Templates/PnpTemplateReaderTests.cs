using System.Text;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Templates;

public class PnpTemplateReaderTests
{
    private const string Ns2022 = "http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema";

    [Fact]
    public void ReadFile_FullSample_ReportsOutOfScopeElementsByName()
    {
        var result = TemplateReading.Read(ReferencePaths.FullSample);

        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        result.UnsupportedElements.ShouldContain("pnp:Tenant");
        result.UnsupportedElements.ShouldContain("pnp:Teams");
        result.UnsupportedElements.ShouldContain("pnp:AzureActiveDirectory");
        result.UnsupportedElements.ShouldContain("pnp:Drive");
        result.UnsupportedElements.ShouldContain("pnp:ProvisioningWebhooks");
        result.UnsupportedElements.ShouldContain("pnp:Features");
        result.UnsupportedElements.ShouldContain("pnp:CustomActions");
        result.UnsupportedElements.ShouldContain("pnp:ApplicationLifecycleManagement");
        result.UnsupportedElements.ShouldContain("pnp:SiteSettings");
        result.UnsupportedElements.ShouldContain("pnp:Publishing");
        var tenant = result.Diagnostics.Single(d => d.Subject == "pnp:Tenant");
        tenant.Location.Line.ShouldBe(28);
        tenant.Message.ShouldContain("ProvisioningSchema-2022-09-FullSample-01.xml:28:");
    }

    [Fact]
    public void ReadFile_FullSample_MapsParametersListsPagesNavigationTermsAndSecurity()
    {
        var hierarchy = TemplateReading.ReadModel(ReferencePaths.FullSample);

        hierarchy.Parameters.Select(p => p.Key).ShouldBe(["O365TenantName", "CodeProvidedParam", "YammerNetwork", "lcid", "CompanyName"]);
        hierarchy.Parameters[1].Required.ShouldBe(true);
        hierarchy.Parameters[0].Value.ShouldBe("contoso");
        var template = hierarchy.Templates.ShouldHaveSingleItem();

        var projects = template.Lists.First(l => l.Title == "{parameter:CompanyName} - Projects");
        projects.DataRows!.KeyColumn.ShouldBe("ProjectID");
        projects.DataRows.UpdateBehavior.ShouldBe("Overwrite");
        projects.DataRows.Rows[0]["ProjectName"].ShouldBe("Sample Project 01");
        projects.Location.Line.ShouldBe(494);

        template.Security!.AdditionalOwners!.ClearExistingItems.ShouldBe(true);
        template.Security.AdditionalOwners.Users.ShouldBe(["user@contoso.com", "U_SHAREPOINT_ADMINS"]);

        var quickLaunch = template.Navigation!.QuickLaunch!;
        quickLaunch.NavigationType.ShouldBe("Structural");
        quickLaunch.Nodes.Select(n => n.Title).ShouldBe(["Home", "Libraries", "Privacy"]);
        quickLaunch.Nodes[1].Children.Select(n => n.Url).ShouldBe(["Invoices/Forms/AllItems.aspx", "Offers/Forms/AllItems.aspx"]);
        template.Navigation.TopNavigationBar!.Managed.ShouldNotBeNull();

        var term = template.TermGroups[0].TermSets[0].Terms[0];
        term.Name.ShouldBe("IT Projects");
        term.Id.ShouldBe(Guid.Parse("3D212FC2-F176-4621-AED1-128219666D95"));
        term.CustomProperties.ShouldContain(new TemplateProperty("Property1", "Value1"));
        term.Terms.Select(t => t.Name).ShouldContain("Cloud");
        term.Terms.First(t => t.Name == "Cloud").Labels.ShouldHaveSingleItem().Value.ShouldBe("Nuvola");

        var page = template.ClientSidePages.First(p => p.PageName == "SamplePage");
        page.Title.ShouldBe("Client Side Page Title");
        page.Header!.TranslateX.ShouldBe(10.56);
        page.Sections[0].Collapsible.ShouldBe(true);
        var image = page.Sections.SelectMany(s => s.Columns).SelectMany(c => c.Controls).First();
        image.Kind.ShouldBe(PageControlKind.WebPart);
        image.WebPartType.ShouldBe("Image");
    }

    [Fact]
    public void ReadFile_Utf16LookupFieldSample_ReadsFieldsWithParsedAttributes()
    {
        var result = TemplateReading.Read(ReferencePaths.CommunityTemplate("schema_LookupField.xml"));

        result.SourceNamespace.ShouldBe("http://schemas.dev.office.com/PnP/2018/07/ProvisioningSchema");
        var fields = result.Hierarchy!.Templates.Single().SiteFields;
        var target = fields.First(f => f.Name == "PnPOrderTarget");
        target.Id.ShouldBe(Guid.Parse("2735DBDB-F789-4E72-A956-FBA7B6FB21E9"));
        target.Type.ShouldBe("User");
        target.List.ShouldBe("UserInfo");
        target.SchemaXml.ShouldStartWith("<Field ID=\"{2735DBDB-F789-4E72-A956-FBA7B6FB21E9}\"");
        target.Location.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Read_Utf16WithDeclaration_ReadsLikeUtf8()
    {
        const string xml = $"""<?xml version="1.0" encoding="utf-16"?><pnp:ProvisioningTemplate ID="T1" xmlns:pnp="{Ns2022}"><pnp:WebSettings Title="Überblick" /></pnp:ProvisioningTemplate>""";
        using var temp = new TempDirectory();
        var path = temp.File("utf16.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        var result = TemplateReading.Read(path);

        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Diagnostics));
        result.Hierarchy!.Templates.Single().WebSettings!.Title.ShouldBe("Überblick");
    }

    [Fact]
    public void Read_MalformedXml_ReportsErrorWithLineAndColumn()
    {
        var result = TemplateReading.ReadText($"<pnp:Provisioning xmlns:pnp=\"{Ns2022}\">\n  <pnp:Templates>\n    <pnp:ProvisioningTemplate ID=\"A\">\n  </pnp:Templates>\n</pnp:Provisioning>", "broken.xml");

        result.Hierarchy.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(TemplateDiagnosticCode.MalformedXml);
        error.Location.ShouldSatisfyAllConditions(
            l => l.FilePath.ShouldBe("broken.xml"),
            l => l.Line.ShouldBe(4),
            l => l.Column.ShouldBe(5));
        error.ToString().ShouldStartWith("broken.xml:4:5: error MalformedXml");
    }

    [Fact]
    public void Read_UnknownNamespace_NamesFoundNamespaceAndListsSupportedOnes()
    {
        var result = TemplateReading.ReadText("<pnp:Provisioning xmlns:pnp=\"http://schemas.dev.office.com/PnP/2014/01/ProvisioningSchema\" />");

        result.Hierarchy.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(TemplateDiagnosticCode.UnknownNamespace);
        error.Message.ShouldContain("'http://schemas.dev.office.com/PnP/2014/01/ProvisioningSchema'");
        foreach (var supported in PnpNamespaces.Supported)
        {
            error.Message.ShouldContain(supported);
        }
    }

    [Fact]
    public void Read_NoNamespace_SaysSoAndListsSupportedOnes()
    {
        var error = TemplateReading.ReadText("<Provisioning />").Diagnostics.ShouldHaveSingleItem();

        error.Message.ShouldContain("no namespace");
        error.Message.ShouldContain(PnpNamespaces.V202209);
    }

    [Fact]
    public void ReadFile_BareProvisioningTemplateRoot_GivesHierarchyWithOneTemplate()
    {
        var hierarchy = TemplateReading.ReadModel(ReferencePaths.CommunityTemplate("pnpframework-test_list_add.xml"));

        var template = hierarchy.Templates.ShouldHaveSingleItem();
        template.Lists.Count.ShouldBeGreaterThan(5);
        template.Lists.SelectMany(l => l.Fields).ShouldNotBeEmpty();
        hierarchy.Preferences.ShouldBeNull();
    }

    [Fact]
    public void ReadFile_PreferencesWrappedLegacyTemplate_MapsTemplatesInsideContainer()
    {
        var hierarchy = TemplateReading.ReadModel(ReferencePaths.CommunityTemplate("pnp-tools_responsive-ui.xml"));

        hierarchy.TemplatesId.ShouldBe("CONTAINER-PNP-RESPONSIVE-UI-INFRASTRUCTURE");
        var template = hierarchy.Templates.ShouldHaveSingleItem();
        template.Id.ShouldBe("PNP-RESPONSIVE-UI-INFRASTRUCTURE");
        template.Files.Select(f => f.Src).ShouldContain("SP-Responsive-UI.js");
    }

    [Fact]
    public void Read_Legacy2017CanvasControls_BecomeOneSectionWithColumns()
    {
        const string xml = """
            <pnp:ProvisioningTemplate ID="T" xmlns:pnp="http://schemas.dev.office.com/PnP/2017/05/ProvisioningSchema">
              <pnp:ClientSidePages>
                <pnp:ClientSidePage PageName="Home.aspx" PromoteAsNewsArticle="false" Overwrite="true">
                  <pnp:CanvasControls>
                    <pnp:CanvasControl WebPartType="Text" Order="1"><pnp:CanvasControlProperties><pnp:CanvasControlProperty Key="Text" Value="&lt;p&gt;Hi&lt;/p&gt;" /></pnp:CanvasControlProperties></pnp:CanvasControl>
                    <pnp:CanvasControl WebPartType="News" Order="2" JsonControlData="{&quot;a&quot;:1}" />
                  </pnp:CanvasControls>
                </pnp:ClientSidePage>
              </pnp:ClientSidePages>
            </pnp:ProvisioningTemplate>
            """;

        var page = TemplateReading.ReadText(xml).Hierarchy!.Templates.Single().ClientSidePages.Single();

        var section = page.Sections.ShouldHaveSingleItem();
        var controls = section.Columns.ShouldHaveSingleItem().Controls;
        controls[0].Kind.ShouldBe(PageControlKind.Text);
        controls[0].Html.ShouldBe("<p>Hi</p>");
        controls[1].Kind.ShouldBe(PageControlKind.WebPart);
        controls[1].JsonControlData.ShouldBe("{\"a\":1}");
    }

    [Fact]
    public void Read_SectionControls_AreGroupedByColumn()
    {
        var xml = $"""
            <pnp:ProvisioningTemplate ID="T" xmlns:pnp="{Ns2022}"><pnp:ClientSidePages><pnp:ClientSidePage PageName="P.aspx"><pnp:Sections>
              <pnp:Section Order="1" Type="TwoColumn"><pnp:Controls>
                <pnp:CanvasControl WebPartType="Text" Column="2" Order="1" />
                <pnp:CanvasControl WebPartType="Custom" Column="1" Order="1" ControlId="6676088b-e28e-4a90-b9cb-d0d0303cd2eb" />
                <pnp:CanvasControl WebPartType="Text" Column="1" Order="2" />
              </pnp:Controls></pnp:Section>
            </pnp:Sections></pnp:ClientSidePage></pnp:ClientSidePages></pnp:ProvisioningTemplate>
            """;

        var columns = TemplateReading.ReadText(xml).Hierarchy!.Templates.Single().ClientSidePages.Single().Sections.Single().Columns;

        columns.Select(c => c.Number).ShouldBe([1, 2]);
        columns[0].Controls.Select(c => c.WebPartType).ShouldBe(["Custom", "Text"]);
        columns[0].Controls[0].ControlId.ShouldBe(Guid.Parse("6676088b-e28e-4a90-b9cb-d0d0303cd2eb"));
        columns[1].Controls.ShouldHaveSingleItem().Kind.ShouldBe(PageControlKind.Text);
    }

    [Fact]
    public void Read_UnmappedAttribute_IsReportedWithLocation()
    {
        var result = TemplateReading.ReadText($"<pnp:ProvisioningTemplate ID=\"T\" xmlns:pnp=\"{Ns2022}\">\n<pnp:Lists><pnp:ListInstance Title=\"L\" Url=\"Lists/L\" TemplateType=\"100\" Direction=\"RTL\" /></pnp:Lists></pnp:ProvisioningTemplate>");

        var warning = result.Diagnostics.Single(d => d.Code == TemplateDiagnosticCode.UnsupportedAttribute);
        warning.Subject.ShouldBe("pnp:ListInstance/@Direction");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Location.Line.ShouldBe(2);
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Read_InvalidBoolean_IsAnErrorNamingAttributeAndValue()
    {
        var result = TemplateReading.ReadText($"<pnp:ProvisioningTemplate ID=\"T\" xmlns:pnp=\"{Ns2022}\"><pnp:WebSettings NoCrawl=\"maybe\" /></pnp:ProvisioningTemplate>", "b.xml");

        var error = result.Errors.Single(e => e.Code == TemplateDiagnosticCode.InvalidValue);
        error.Message.ShouldContain("NoCrawl");
        error.Message.ShouldContain("'maybe'");
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void ReadFile_FileSource_ResolvesRelativeToTemplateFolder()
    {
        using var temp = new TempDirectory();
        var path = temp.File("t.xml", $"<pnp:ProvisioningTemplate ID=\"T\" xmlns:pnp=\"{Ns2022}\"><pnp:Files><pnp:File Src=\"assets\\logo.png\" Folder=\"SiteAssets\" Overwrite=\"true\" /></pnp:Files></pnp:ProvisioningTemplate>");

        Directory.CreateDirectory(Path.Combine(temp.Path, "assets"));
        temp.File(Path.Combine("assets", "logo.png"), [1, 2, 3]);

        var file = TemplateReading.ReadModel(path).Templates.Single().Files.Single();

        TemplateSourceFiles.Resolve(file).Path.ShouldBe(Path.Combine(temp.Path, "assets", "logo.png"));
        file.TargetName.ShouldBe("logo.png");
        file.Overwrite.ShouldBe(true);
    }

    [Fact]
    public void ReadFile_ChoiceAndLookupFields_ParseKeyAttributes()
    {
        var lookup = TemplateReading.ReadModel(ReferencePaths.CommunityTemplate("schema_LookupField.xml"))
            .Templates.Single().SiteFields.Single(f => f.Name == "PnPOrderItemOrderLookup");
        var starterKit = TemplateReading.ReadModel(ReferencePaths.CommunityTemplate("sp-starter-kit_sp2019.xml"));
        var choice = starterKit.Templates.SelectMany(t => t.SiteFields).First(f => f.Name == "PnPIconName");

        lookup.List.ShouldBe("Lists/Orders");
        lookup.ShowField.ShouldBe("Title");
        choice.Type.ShouldBe("Choice");
        choice.Format.ShouldBe("Dropdown");
        choice.Choices.Take(3).ShouldBe(["12PointStar", "6PointStar", "AADLogo"]);
    }

    [Fact]
    public void ReadFile_StarterKitTextControl_ExposesHtml()
    {
        var starterKit = TemplateReading.ReadModel(ReferencePaths.CommunityTemplate("sp-starter-kit_sp2019.xml"));

        var text = starterKit.Templates.SelectMany(t => t.ClientSidePages).SelectMany(p => p.Sections)
            .SelectMany(s => s.Columns).SelectMany(c => c.Controls).First(c => c.Kind == PageControlKind.Text);

        text.Html.ShouldBe("Please attend this department-wide meeting next Thursday at 4:00PM in conference room seven. We will be discussing tactics on how to effectively create marketing campaigns in our new international markets.");
    }

    [Fact]
    public void ReadFile_Sequence_MapsSiteCollectionsAndTemplateReferences()
    {
        var hierarchy = TemplateReading.ReadModel(ReferencePaths.FullSample);

        var sequence = hierarchy.Sequences.ShouldHaveSingleItem();
        var site = sequence.SiteCollections[0];
        site.Kind.ShouldNotBeNull();
        site.TemplateReferences.ShouldNotBeEmpty();
        sequence.TermGroups.ShouldNotBeNull().ShouldNotBeEmpty();
    }
}
