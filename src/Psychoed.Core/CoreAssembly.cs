namespace Psychoed.Core;

/// <summary>Marker type for the core assembly.</summary>
public static class CoreAssembly;
