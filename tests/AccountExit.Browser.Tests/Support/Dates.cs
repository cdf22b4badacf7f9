namespace AccountExit.Browser.Tests.Support;

public static class Dates
{
    public static DateOnly TodayUtc => DateOnly.FromDateTime(DateTime.UtcNow);
}
