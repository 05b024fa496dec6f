package lang

import "testing"

func TestWordTable(t *testing.T) {
	tab := newWordTable(100)
	for i := range uint64(100) {
		tab.or(wordHash([]byte{byte(i), 'x'}), 1<<(i%3))
	}
	tab.or(wordHash([]byte{7, 'x'}), 1<<5)
	for i := range uint64(100) {
		want := uint64(1) << (i % 3)
		if i == 7 {
			want |= 1 << 5
		}
		if got := tab.get(wordHash([]byte{byte(i), 'x'})); got != want {
			t.Errorf("key %d: got %b, want %b", i, got, want)
		}
		if got := tab.get(wordHash([]byte{byte(i), 'y'})); got != 0 {
			t.Errorf("absent key %d: got %b", i, got)
		}
	}
	if len(tab.slots) < 200 {
		t.Errorf("%d slots for 100 keys: more than half full", len(tab.slots))
	}
	var none *wordTable
	if none.get(1) != 0 {
		t.Error("a nil table holds a key")
	}
}
