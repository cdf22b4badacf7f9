using AccountExit.Core.Directory;
using AccountExit.Core.Letters;

namespace AccountExit.Core.Tests.Letters;

/// <summary>Issue 9: the rules that depend on the letter kind live in one type.</summary>
public sealed class LetterKindTests
{
    [Fact]
    public void EveryTemplateKind_HasItsRules()
    {
        Assert.Equal(LetterKinds.All, LetterKind.All.Select(k => k.Code));
        Assert.All(LetterKind.All, k => Assert.Contains(k.Purpose, Purposes.All));
    }

    [Theory]
    [InlineData(LetterKinds.ErasureGdpr, LetterFields.OriginalDate, false)]
    [InlineData(LetterKinds.FollowUp, LetterFields.OriginalDate, true)]
    [InlineData(LetterKinds.Complaint, LetterFields.WhatHappened, false)]
    [InlineData(LetterKinds.UnlockAppeal, LetterFields.WhatHappened, true)]
    [InlineData(LetterKinds.UnlockAppeal, "FullName", true)]
    public void Shows_TheCommonFieldsAndOnlyItsOwnExtraOnes(string kind, string field, bool shown) =>
        Assert.Equal(shown, LetterKind.Find(kind)!.Shows(field));

    [Fact]
    public void OnlyTheUnlockAppeal_RequiresWhatHappened() =>
        Assert.Equal([LetterKinds.UnlockAppeal], LetterKind.All.Where(k => k.Requires(LetterFields.WhatHappened)).Select(k => k.Code));

    [Fact]
    public void OnlyTheComplaint_GoesToAnAuthority_AndOnlyTheFirstLetters_OfferAReminder()
    {
        Assert.Equal([LetterKinds.Complaint], LetterKind.All.Where(k => !k.HasRecipient).Select(k => k.Code));
        Assert.Equal(
            [LetterKinds.ErasureGdpr, LetterKinds.ErasureAppi, LetterKinds.ErasureCcpa, LetterKinds.ErasurePipeda, LetterKinds.ErasurePdplSa, LetterKinds.Closure, LetterKinds.Complaint, LetterKinds.AccessGdpr, LetterKinds.Access],
            LetterKind.All.Where(k => k.OffersReminder).Select(k => k.Code));
    }
}
