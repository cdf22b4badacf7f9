using Microsoft.Playwright;

namespace AccountExit.Browser.Tests.Support;

public sealed record Viewport(int Width, int Height)
{
    public ViewportSize Size => new() { Width = Width, Height = Height };

    public string Name => $"{Width}x{Height}";

    public override string ToString() => Name;
}

public static class Viewports
{
    public static readonly Viewport Phone = new(390, 844);

    public static readonly Viewport Desktop = new(1280, 800);

    public static readonly IReadOnlyList<Viewport> All = [Phone, Desktop];
}
