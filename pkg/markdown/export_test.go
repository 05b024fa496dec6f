package markdown

// EscapeEmphasisRounds lets tests reach the fallback of escapeEmphasis,
// which only made-up lines need.
var EscapeEmphasisRounds = escapeEmphasisRounds

// BrokenFrom lets the round-trip tests join the lines the renderer writes
// as one block.
var BrokenFrom = brokenFrom
