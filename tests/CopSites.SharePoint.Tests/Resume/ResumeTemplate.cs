using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Templates;
using CopSites.SharePoint.Tests.Provisioning;

namespace CopSites.SharePoint.Tests.Resume;

/// <summary>
/// The standard template plus what it lacks but a resumed run must not duplicate: data rows (a POST per item, not
/// idempotent on the wire) and a file. Each CoP gets its own term group, because the term store is tenant-wide and a
/// shared group would be created by the first run only.
/// </summary>
internal sealed class ResumeTemplate : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "copsites-resume", Guid.NewGuid().ToString("N"));

    public ResumeTemplate()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "agenda.txt"), "Kick-off agenda: introductions, charter, first topics.\n");
        var xml = File.ReadAllText(RepositoryFiles.StandardTemplate);
        const string lessonsViews = "<View Name=\"{ec0087be-4767-5fdc-9280-41c149b008ab}\"";
        var lessons = xml.IndexOf(lessonsViews, StringComparison.Ordinal);
        var viewsEnd = xml.IndexOf("</pnp:Views>", lessons, StringComparison.Ordinal) + "</pnp:Views>".Length;
        xml = xml.Insert(viewsEnd, """
            <pnp:DataRows KeyColumn="Title" UpdateBehavior="Overwrite">
              <pnp:DataRow><pnp:DataValue FieldName="Title">Start with the members' questions</pnp:DataValue><pnp:DataValue FieldName="CopLessonInsight">Sessions built on questions draw twice the attendance.</pnp:DataValue></pnp:DataRow>
              <pnp:DataRow><pnp:DataValue FieldName="Title">Record every session</pnp:DataValue><pnp:DataValue FieldName="CopLessonInsight">Half the members watch the recording.</pnp:DataValue></pnp:DataRow>
              <pnp:DataRow><pnp:DataValue FieldName="Title">Close the loop on requests</pnp:DataValue><pnp:DataValue FieldName="CopLessonInsight">Answered requests come back as contributions.</pnp:DataValue></pnp:DataRow>
            </pnp:DataRows>
            """);
        xml = xml.Replace("<pnp:TermGroups>", """<pnp:Files><pnp:File Src="agenda.txt" Folder="Toolkit" Overwrite="true" /></pnp:Files><pnp:TermGroups>""", StringComparison.Ordinal);
        TemplatePath = Path.Combine(_folder, "template.xml");
        File.WriteAllText(TemplatePath, xml);
    }

    public string TemplatePath { get; }

    /// <summary>The term group a CoP's request uses.</summary>
    public static string TermGroupOf(string alias) => "Communities of Practice " + alias;

    /// <summary>A request for the urban-mobility charter on its own alias, with its own term group.</summary>
    public ProvisioningRequest Request(string alias)
    {
        var request = CopWorkspace.Request("urban-mobility", TemplatePath, alias);
        request.Template.Lists.Single(l => l.Title == "Lessons learned").DataRows!.Rows.Count.ShouldBe(3);
        request.Template.Files.Count.ShouldBe(1);
        var groups = request.Template.TermGroups.Select(g => g with { Name = TermGroupOf(alias), Id = null }).ToValueList();
        return request with { Template = request.Template with { TermGroups = groups } };
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder is not worth failing a test for.
        }
    }
}
