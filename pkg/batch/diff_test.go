package batch

import "testing"

func TestDiff(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{name: "equal", old: "a\nb\n", new: "a\nb\n", want: ""},
		{
			name: "changed line",
			old:  "a\nb\nc\n",
			new:  "a\nB\nc\n",
			want: "--- x.txt.orig\n+++ x.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n",
		},
		{
			name: "missing final newline",
			old:  "a\nb",
			new:  "a\nb\n",
			want: "--- x.txt.orig\n+++ x.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
		},
		{
			name: "from empty",
			old:  "",
			new:  "a\n",
			want: "--- x.txt.orig\n+++ x.txt\n@@ -0,0 +1 @@\n+a\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(Diff("x.txt", []byte(tc.old), []byte(tc.new)))
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
