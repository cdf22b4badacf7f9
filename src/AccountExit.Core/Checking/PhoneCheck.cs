using PhoneNumbers;

namespace AccountExit.Core.Checking;

/// <summary>A phone number checked with libphonenumber against its marketplace's country.</summary>
public static class PhoneCheck
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Null when <paramref name="value"/> is a valid number in the marketplace's country and <paramref name="e164"/> is its E.164 form; otherwise why not.</summary>
    public static string? Problem(string value, string e164, string marketCode)
    {
        ArgumentNullException.ThrowIfNull(marketCode);
        var region = marketCode.ToUpperInvariant();
        PhoneNumber? number = null;
        try
        {
            number = Phones.Parse(value, region);
        }
        catch (NumberParseException)
        {
        }

        if (number is null || !Phones.IsValidNumberForRegion(number, region))
        {
            return $"'{value}' is not a valid phone number in {region}";
        }

        var formatted = Phones.Format(number, PhoneNumberFormat.E164);
        return formatted == e164 ? null : $"E.164 '{e164}' does not match '{value}' in {region} ({formatted})";
    }
}
