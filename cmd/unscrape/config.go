package main

import (
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/unscrape/unscrape/pkg/config"
	"github.com/unscrape/unscrape/pkg/filter"
)

// loadConfig reads the config of this run, the file named by --config or
// else the .unscrape.yaml files from the working folder upwards, and gives
// every flag the user did not set the config's value for it: a flag beats
// the nearest file, which beats the files above it. It returns the rules
// for the learned filter.
//
// A config key sets the flag of the same name. A key whose flag this build
// does not have is validated but has no effect.
func loadConfig(flags *pflag.FlagSet, file string) (filter.Rules, error) {
	var cfg *config.Config
	if file != "" {
		c, err := config.Load(file)
		if err != nil {
			return filter.Rules{}, err
		}
		cfg = config.Merge([]*config.Config{c})
	} else {
		wd, err := os.Getwd()
		if err != nil {
			return filter.Rules{}, fmt.Errorf("config: %w", err)
		}
		cs, err := config.Discover(wd)
		if err != nil {
			return filter.Rules{}, err
		}
		cfg = config.Merge(cs)
	}
	for _, key := range config.OptionKeys() {
		s, ok := cfg.Settings[key]
		fl := flags.Lookup(key)
		if !ok || fl == nil || fl.Changed {
			continue
		}
		if err := setFlag(fl, s); err != nil {
			return filter.Rules{}, fmt.Errorf("%s: key %q: %w", s.Origin, key, err)
		}
	}
	return filter.Rules{Drop: cfg.Drop, Keep: cfg.Keep}, nil
}

// setFlag gives a flag a config value through the flag's own Value, so that
// the flag's parsing applies and Changed stays false: the user did not set
// it.
func setFlag(fl *pflag.Flag, s config.Setting) error {
	if !s.IsList {
		return fl.Value.Set(s.Value)
	}
	// A list flag's Set would read its argument as comma-separated values
	// and append to the default; Replace takes the items as they are.
	if sv, ok := fl.Value.(pflag.SliceValue); ok {
		return sv.Replace(s.List)
	}
	for _, v := range s.List {
		if err := fl.Value.Set(v); err != nil {
			return err
		}
	}
	return nil
}
