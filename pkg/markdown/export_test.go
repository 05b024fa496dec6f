package markdown

// EscapeEmphasisRounds lets tests reach the fallback of escapeEmphasis,
// which only made-up lines need.
var EscapeEmphasisRounds = escapeEmphasisRounds
