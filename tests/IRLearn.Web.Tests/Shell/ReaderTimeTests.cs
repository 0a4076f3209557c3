using System.Globalization;
using IRLearn.Web.Infrastructure;

namespace IRLearn.Web.Tests.Shell;

/// <summary>
/// Instants on the reader's clock and in the reader's region's English (ADR 17): the zone from the cookie, the culture
/// from Accept-Language, UTC said out loud when the zone is unknown, and date inputs read back on the same clock.
/// </summary>
public sealed class ReaderTimeTests
{
    private static readonly DateTimeOffset Instant = new(2026, 12, 4, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void InTheReadersZone_TheClockTimeIsLocal_AndNoZoneIsNamed()
    {
        var tokyo = new ReaderTime(ReaderTime.ZoneOf("Asia/Tokyo"), CultureInfo.GetCultureInfo("en-GB"));

        var text = tokyo.Text(Instant);

        Assert.Contains("17:30", text, StringComparison.Ordinal);
        Assert.Contains("Dec", text, StringComparison.Ordinal);
        Assert.Contains("2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", text, StringComparison.Ordinal);
        Assert.Equal("your time, Asia/Tokyo", tokyo.ZoneLabel);
    }

    [Fact]
    public void WhileTheZoneIsUnknown_TimesAreUtc_AndSaySo()
    {
        var text = ReaderTime.Utc.Text(Instant);

        Assert.Contains("08:30", text, StringComparison.Ordinal);
        Assert.EndsWith(" UTC", text, StringComparison.Ordinal);
        Assert.Equal("UTC", ReaderTime.Utc.ZoneLabel);
    }

    [Fact]
    public void TheCulture_GivesTheDateOrderAndTheClock_InEnglish()
    {
        var us = new ReaderTime(TimeZoneInfo.Utc, ReaderTime.CultureOf(["en-US"]));
        var gb = new ReaderTime(TimeZoneInfo.Utc, ReaderTime.CultureOf(["en-GB"]));

        Assert.Matches(@"Dec 4, 2026, 8:30\s?AM UTC$", us.Text(Instant));
        Assert.Matches("4 Dec 2026, 08:30 UTC$", gb.Text(Instant));
        Assert.Matches(@"^Dec 4$", us.Text(Instant, WhenStyle.ShortDate).Replace(" UTC", string.Empty, StringComparison.Ordinal));
        Assert.Matches(@"^0?4 Dec$", gb.Text(Instant, WhenStyle.ShortDate).Replace(" UTC", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "en-US" }, "en-US")]
    [InlineData(new[] { "en-GB", "en-US" }, "en-GB")]
    [InlineData(new string[0], "en-GB")]
    [InlineData(new[] { "*" }, "en-GB")]
    [InlineData(new[] { "en", "en-US" }, "en-US")]
    [InlineData(new[] { "not a tag!", "\u0000\u0001" }, "en-GB")]
    public void CultureOf_TakesTheFirstEnglishWithARegion_ElseBritishEnglish(string[] tags, string expected) =>
        Assert.Equal(expected, ReaderTime.CultureOf(tags).Name);

    [Fact]
    public void CultureOf_AnotherLanguage_KeepsEnglishButTakesTheRegion()
    {
        var culture = ReaderTime.CultureOf(["de-DE", "de"]);

        Assert.Equal("en", culture.TwoLetterISOLanguageName);
        Assert.Equal("HH:mm", culture.DateTimeFormat.ShortTimePattern);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Not/A_Zone")]
    [InlineData("Europe/London\r\nSet-Cookie: x=1")]
    public void ZoneOf_AnythingUnknownOrHostile_IsUtc(string? id) => Assert.Equal(TimeZoneInfo.Utc, ReaderTime.ZoneOf(id));

    [Fact]
    public void ZoneOf_AnOverlongId_IsUtc() => Assert.Equal(TimeZoneInfo.Utc, ReaderTime.ZoneOf(new string('A', 10_000)));

    [Fact]
    public void DateInputs_AreReadOnTheReadersClock_AndWrittenBackTheSame()
    {
        var tokyo = new ReaderTime(ReaderTime.ZoneOf("Asia/Tokyo"), CultureInfo.GetCultureInfo("en-GB"));

        var stored = tokyo.FromInput(new DateTime(2026, 12, 10, 17, 0, 0));

        Assert.Equal(new DateTimeOffset(2026, 12, 10, 8, 0, 0, TimeSpan.Zero), stored);
        Assert.Equal(new DateTime(2026, 12, 10, 17, 0, 0), tokyo.ToInput(stored));
        Assert.Null(tokyo.FromInput(null));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero), ReaderTime.Utc.FromInput(new DateTime(2026, 12, 10, 17, 0, 0)));
    }

    [Fact]
    public void DateInputs_InTheHourClocksSkip_OrPassTwice_AreReadWithoutError()
    {
        var newYork = new ReaderTime(ReaderTime.ZoneOf("America/New_York"), CultureInfo.GetCultureInfo("en-US"));

        // 02:30 on 8 March 2026 never happens there (02:00 → 03:00): it is read as 03:30 EDT.
        var skipped = newYork.FromInput(new DateTime(2026, 3, 8, 2, 30, 0));
        // 01:30 on 1 November 2026 happens twice: the standard-time reading (EST, UTC−5).
        var twice = newYork.FromInput(new DateTime(2026, 11, 1, 1, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), skipped);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), twice);
    }
}
