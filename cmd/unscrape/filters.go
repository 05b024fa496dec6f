package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/unscrape/unscrape/pkg/filter"
)

func newFiltersCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "filters",
		Short: "List the filters in pipeline order with their descriptions",
		Long: `List every filter in the order the pipeline runs them: the name, then a
one-line description. Filters marked "(optional)" run only when named with
--filters.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			tw := tabwriter.NewWriter(s.out, 0, 4, 2, ' ', 0)
			for _, spec := range filter.Specs() {
				d := spec.Description
				if !spec.Default {
					d += " (optional)"
				}
				fmt.Fprintf(tw, "%s\t%s\n", spec.Name, d)
			}
			return tw.Flush()
		},
	}
}
