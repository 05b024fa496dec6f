package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Der Westen befürchtet eine russische Invasion in der Ukraine. Am Freitag wollen nun die Außenminister über eine Lösung des Konflikts sprechen.", "de"},
		{"The West fears a Russian invasion of Ukraine. On Friday the two foreign ministers want to talk about a way out of the conflict.", "en"},
		{"L'Occident craint une invasion russe de l'Ukraine. Vendredi, les deux ministres veulent discuter d'une solution au conflit.", "fr"},
		{"Occidente teme una invasión rusa de Ucrania. El viernes los dos ministros quieren hablar de una solución al conflicto.", "es"},
		{"L'Occidente teme un'invasione russa dell'Ucraina. Venerdì i due ministri vogliono discutere di una soluzione al conflitto.", "it"},
		{"Het Westen vreest een Russische inval in Oekraïne. Vrijdag willen de twee ministers praten over een oplossing voor het conflict.", "nl"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
