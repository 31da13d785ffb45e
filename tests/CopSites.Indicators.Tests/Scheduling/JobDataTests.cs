using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Scheduling;

namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>A CoP's schedule survives the job store whole: a clustered node that recovers a job runs it with the charter's settings.</summary>
public class JobDataTests
{
    [Fact]
    public void Settings_RoundTripThroughTheStoredJob()
    {
        var schedule = new CommunitySchedule(new CommunitySite("urban-mobility", "Urban Mobility", new Uri("https://contoso.sharepoint.com/sites/urban-mobility")),
            new ReportSettings(SpotlightMode.Anonymous, LifeCycleStage.Growth, 52 / 12.0), CadenceCron.Monthly);

        var read = JobData.Read(JobData.From(schedule), CadenceCron.Monthly.Expression);

        read.Settings.ShouldBe(schedule.Settings);
        read.Site.ShouldBe(schedule.Site);
    }
}
