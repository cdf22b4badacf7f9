using AccountExit.Core.Checking;

namespace AccountExit.Web.Hosting;

/// <summary>
/// `dotnet run --project src/AccountExit.Web -- check-seeds [folder]`: checks the seed files the app
/// would import (or the given folder), prints the report and exits non-zero on any problem.
/// </summary>
internal static class SeedCheckCommand
{
    public const string Name = "check-seeds";

    public static int Run(IConfiguration configuration, string[] args)
    {
        var folder = args.Length > 1 && !args[1].StartsWith('-') ? args[1] : DataSetup.SeedsFolder(configuration);
        var result = SeedCheck.Run(folder, DateOnly.FromDateTime(DateTime.UtcNow));
        Console.Out.Write($"Seed check of {Path.GetFullPath(folder)}\n{result.Report}");
        Console.Out.WriteLine(result.Passed ? "OK" : $"FAILED: {result.Problems.Count} problem(s)");
        return result.Passed ? 0 : 1;
    }
}
