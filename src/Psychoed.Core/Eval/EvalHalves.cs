using System.Globalization;

namespace Psychoed.Core.Eval;

/// <summary>Which half a case falls in, from the number at the end of its id.</summary>
internal static class EvalHalves
{
    /// <summary>True when <paramref name="item"/> belongs to <paramref name="half"/>; ids without a number are in neither half.</summary>
    public static bool Contains(EvalHalf half, EvalCase item)
    {
        if (half == EvalHalf.All)
        {
            return true;
        }

        var digits = item.Id.Length - item.Id.AsSpan().TrimEnd("0123456789").Length;
        if (digits == 0 || !int.TryParse(item.Id.AsSpan(item.Id.Length - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        return number % 2 == 1 ? half == EvalHalf.Odd : half == EvalHalf.Even;
    }
}
